namespace Parley.Linkage.Compare;

/// <summary>One way of linking two lists.</summary>
internal interface IContender
{
    string Name { get; }

    /// <summary>
    /// Links <paramref name="left"/> (all of the left list, or a sample of it) to the whole right list
    /// of <paramref name="data"/> and returns the pairs it calls matches, by id, with where the time went.
    /// </summary>
    ContenderRun Link(Dataset data, IReadOnlyList<Person> left);
}
