namespace Parley.Linkage.Compare;

/// <summary>The matches of one run and its time: preparing (loading, indexing) and querying the left records.</summary>
internal sealed record ContenderRun(
    IReadOnlyList<(string LeftId, string RightId)> Matches, TimeSpan Prepare, TimeSpan Query, string Note = "");
