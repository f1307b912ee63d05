namespace Parley.Domain.Talks;

/// <summary>
/// The one rule that derives the state of a deadline, a summit proposal, a follow-up and a round from its dates and
/// responses. Pages, the API, the dashboard and the calendar all ask here, so they cannot contradict each other.
/// A day's date "passes" at the end of that day: a deadline due on the 8th is still running on the 8th.
/// </summary>
public static class StateRule
{
    public static DeadlineState Of(Deadline deadline, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        var due = deadline.DueOn ?? throw new InvalidOperationException("A deadline without a date has no state; validation refuses it.");
        var daysLeft = due.DayNumber - today.DayNumber;
        var phase = deadline.Status switch
        {
            DeadlineStatus.Open => daysLeft < 0 ? DeadlinePhase.Expired : DeadlinePhase.Running,
            DeadlineStatus.Met => DeadlinePhase.Met,
            DeadlineStatus.Lapsed => DeadlinePhase.Lapsed,
            _ => DeadlinePhase.Withdrawn,
        };
        return new DeadlineState(deadline.Status, due, daysLeft, phase);
    }

    public static SummitState Of(SummitProposal proposal, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(proposal);
        var invited = proposal.InviteeParties.Where(p => !string.Equals(p, proposal.ProposerParty, StringComparison.OrdinalIgnoreCase)).ToList();
        var declinedBy = LatestAnswers(proposal)
            .Where(a => a.Stance == ResponseStance.Declines && !string.Equals(a.Party, proposal.ProposerParty, StringComparison.OrdinalIgnoreCase))
            .Select(a => a.Party).ToList();
        var phase = proposal.Status switch
        {
            SummitStatus.Held => SummitPhase.Held,
            SummitStatus.Lapsed => SummitPhase.Lapsed,
            SummitStatus.Declined => SummitPhase.Declined,
            SummitStatus.Scheduled => proposal.ScheduledFor is { } on && on < today ? SummitPhase.PastDate : SummitPhase.Scheduled,
            _ when declinedBy.Count > 0 => SummitPhase.Declined,
            _ when proposal.Window is { } window && window.To < today => SummitPhase.PastWindow,
            SummitStatus.Accepted => SummitPhase.Accepted,
            _ => invited.Count > 0 && invited.All(p => Accepted(proposal, p)) ? SummitPhase.Accepted : SummitPhase.AwaitingAnswers,
        };
        return new SummitState(proposal.Status, phase, declinedBy);
    }

    /// <summary>Open past its due date is overdue; done and dropped stay as recorded; without a due date it is never overdue.</summary>
    public static FollowUpState Of(FollowUp followUp, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(followUp);
        int? daysLeft = followUp.DueOn is { } due ? due.DayNumber - today.DayNumber : null;
        var phase = followUp.Status switch
        {
            FollowUpStatus.Done => FollowUpPhase.Done,
            FollowUpStatus.Dropped => FollowUpPhase.Dropped,
            _ => daysLeft < 0 ? FollowUpPhase.Overdue : FollowUpPhase.Open,
        };
        return new FollowUpState(phase, daysLeft);
    }

    /// <summary>A round starting after today is planned; one that has ended before today is held; otherwise it is in session.</summary>
    public static RoundPhase Of(Round round, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (round.StartsOn > today)
        {
            return RoundPhase.Planned;
        }
        return (round.EndsOn ?? round.StartsOn) < today ? RoundPhase.Held : RoundPhase.InSession;
    }

    /// <summary>A party's latest response counts (responses are kept in the order they were given).</summary>
    private static IEnumerable<SummitResponse> LatestAnswers(SummitProposal proposal) =>
        proposal.Responses.GroupBy(r => r.Party, StringComparer.OrdinalIgnoreCase).Select(g => g.Last());

    private static bool Accepted(SummitProposal proposal, string party) =>
        LatestAnswers(proposal).Any(a => string.Equals(a.Party, party, StringComparison.OrdinalIgnoreCase)
            && a.Stance is ResponseStance.Accepts or ResponseStance.AcceptsWithConditions);
}
