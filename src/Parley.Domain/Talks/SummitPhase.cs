namespace Parley.Domain.Talks;

/// <summary>
/// Where a summit proposal stands on a day, derived by <see cref="StateRule"/> from its recorded status, its window,
/// its date and the invited parties' responses.
/// </summary>
public enum SummitPhase
{
    /// <summary>Proposed, within its window, and not every invited party has accepted.</summary>
    AwaitingAnswers,

    /// <summary>Every invited party accepted (or it was recorded as accepted), within its window.</summary>
    Accepted,

    /// <summary>Scheduled for a day that has not passed.</summary>
    Scheduled,

    /// <summary>Proposed or accepted, but its target window has passed with no date set: no longer open.</summary>
    PastWindow,

    /// <summary>Scheduled for a day that has passed and not recorded as held: no longer open.</summary>
    PastDate,

    /// <summary>Recorded as declined, or an invited party declined it in its response.</summary>
    Declined,

    Held,
    Lapsed,
}
