namespace Parley.Domain.Talks;

/// <summary>
/// One statement of a deadline, as given ("in 50 days", said on 2025-07-14) and resolved to a date. A deadline that
/// is shortened or extended gets a new revision; the earlier ones stay.
/// </summary>
public sealed record DeadlineRevision(DateOnly StatedOn, string StatedAs, int? Days = null, DateOnly? DueOn = null, string? Source = null)
{
    public static DeadlineRevision FromRelative(RelativeDeadline deadline, string statedAs, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        return new(deadline.IssuedOn, statedAs, deadline.Days, deadline.ResolvesTo, source);
    }

    /// <summary>The date the deadline falls on: as given, or the stated day plus the days.</summary>
    public DateOnly? ResolvedDueOn => DueOn ?? (Days is > 0 ? RelativeDeadline.Create(StatedOn, Days.Value).ResolvesTo : null);
}
