namespace Parley.Domain.Records;

/// <summary>One dated line a record puts on the timeline; a record may put several (a deadline: issued, revised, due).</summary>
public sealed record TimelinePoint(DateOnly On, string Title, string Summary, IReadOnlyList<string> Parties);
