namespace Parley.Domain.Talks;

/// <summary>
/// How a deadline stands on a given day (from <see cref="StateRule.Of(Deadline, DateOnly)"/>): its recorded status,
/// the date in force, days left (negative once passed) and the one derived phase every page, the API and the
/// calendar show.
/// </summary>
public sealed record DeadlineState(DeadlineStatus Status, DateOnly DueOn, int DaysLeft, DeadlinePhase Phase)
{
    public bool Expired => Phase == DeadlinePhase.Expired;

    /// <summary>True only while running: an expired or settled deadline is never open.</summary>
    public bool IsOpen => Phase == DeadlinePhase.Running;
}
