namespace Parley.Domain.Talks;

/// <summary>The legal moves of a summit proposal's status.</summary>
public static class SummitLifecycle
{
    /// <summary>
    /// A proposal is accepted or declined (or lapses unanswered); an accepted one is scheduled (or lapses, or is
    /// declined after all); a scheduled one is held or lapses. Declined, held and lapsed are final.
    /// </summary>
    public static bool CanMove(SummitStatus from, SummitStatus to) => from == to || (from, to) switch
    {
        (SummitStatus.Proposed, SummitStatus.Accepted or SummitStatus.Declined or SummitStatus.Lapsed) => true,
        (SummitStatus.Accepted, SummitStatus.Scheduled or SummitStatus.Declined or SummitStatus.Lapsed) => true,
        (SummitStatus.Scheduled, SummitStatus.Held or SummitStatus.Lapsed) => true,
        _ => false,
    };

    public static bool IsOpen(SummitStatus status) =>
        status is SummitStatus.Proposed or SummitStatus.Accepted or SummitStatus.Scheduled;

    public static IReadOnlyList<SummitStatus> NextFrom(SummitStatus from) =>
        [.. Enum.GetValues<SummitStatus>().Where(to => to != from && CanMove(from, to))];
}
