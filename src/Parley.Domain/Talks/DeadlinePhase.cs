namespace Parley.Domain.Talks;

/// <summary>
/// Where a deadline stands on a day, derived by <see cref="StateRule"/>: exactly one of these, so a page never shows
/// an expired deadline as open or "in force".
/// </summary>
public enum DeadlinePhase
{
    /// <summary>Open and its date not yet passed: the one phase in which a deadline is in force.</summary>
    Running,

    /// <summary>Recorded as open, but its date has passed without anyone settling it.</summary>
    Expired,

    Met,
    Lapsed,
    Withdrawn,
}
