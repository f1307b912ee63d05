using Parley.Domain.Talks;

namespace Parley.Application.Talks;

/// <summary>A follow-up with the round it came from (number, id) and its derived state on the day read.</summary>
public sealed record FollowUpView(Guid RoundId, int RoundNumber, int Index, FollowUp FollowUp, FollowUpState State)
{
    public FollowUpRef Ref => new(RoundId, Index);

    /// <summary>Every follow-up of the rounds given, overdue first, then by due date (undated last), then by round.</summary>
    public static IReadOnlyList<FollowUpView> Of(IEnumerable<Round> rounds, DateOnly today) =>
        [.. rounds.SelectMany(r => r.FollowUps.Select((f, i) => new FollowUpView(r.Id, r.Number, i, f, StateRule.Of(f, today))))
            .OrderBy(v => v.State.Phase switch { FollowUpPhase.Overdue => 0, FollowUpPhase.Open => 1, _ => 2 })
            .ThenBy(v => v.FollowUp.DueOn ?? DateOnly.MaxValue)
            .ThenBy(v => v.RoundNumber).ThenBy(v => v.Index)];
}
