namespace Parley.Linkage.Compare;

/// <summary>One way of linking two lists: returns the pairs it calls matches, by id.</summary>
internal interface IContender
{
    string Name { get; }

    /// <summary>A note on the run for the table (e.g. where the time went), or empty.</summary>
    string Note { get; }

    IReadOnlyList<(string LeftId, string RightId)> Link(Dataset data);
}
