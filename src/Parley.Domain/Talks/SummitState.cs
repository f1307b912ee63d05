namespace Parley.Domain.Talks;

/// <summary>How a summit proposal stands on a day (from <see cref="StateRule.Of(SummitProposal, DateOnly)"/>).</summary>
/// <param name="DeclinedBy">The invited parties whose response declines it (empty unless some did).</param>
public sealed record SummitState(SummitStatus Status, SummitPhase Phase, IReadOnlyList<string> DeclinedBy)
{
    /// <summary>Awaiting answers, accepted or scheduled: only these are listed as open proposals.</summary>
    public bool IsOpen => Phase is SummitPhase.AwaitingAnswers or SummitPhase.Accepted or SummitPhase.Scheduled;
}
