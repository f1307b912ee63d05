namespace Parley.Domain.Humanitarian;

/// <summary>
/// The order persons go in when a batch is filled by rule (issue 15): the seriously wounded and sick first (Geneva
/// Convention III art. 109–110), then the long-held, then minors, then everyone else; within a group the longest held
/// (earliest date of capture, ISO text) first, persons without a capture date after those with one.
/// </summary>
public static class PriorityOrder
{
    public static int Rank(PriorityGroups groups) =>
        (groups & PriorityGroups.SeriouslyWoundedOrSick) != 0 ? 0
        : (groups & PriorityGroups.LongHeld) != 0 ? 1
        : (groups & PriorityGroups.Minor) != 0 ? 2
        : 3;

    /// <summary>The first <paramref name="count"/> of <paramref name="items"/> in priority order (all when fewer).</summary>
    public static IReadOnlyList<T> First<T>(IEnumerable<T> items, int count, Func<T, PriorityGroups> groups, Func<T, string?> capturedOn)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(capturedOn);
        return count <= 0 ? [] : [.. items
            .OrderBy(i => Rank(groups(i)))
            .ThenBy(i => string.IsNullOrWhiteSpace(capturedOn(i)) ? 1 : 0)
            .ThenBy(i => capturedOn(i), StringComparer.Ordinal)
            .Take(count)];
    }

    /// <summary>How many the second side releases for <paramref name="first"/> from the first under the agreed ratio (rounded down).</summary>
    public static int SecondFor(CategoryTerms terms, int first)
    {
        ArgumentNullException.ThrowIfNull(terms);
        return (int)((long)first * terms.SecondCount / terms.FirstCount);
    }
}
