namespace Parley.Domain.Talks;

/// <summary>How a follow-up stands on a day (from <see cref="StateRule.Of(FollowUp, DateOnly)"/>); DaysLeft is null without a due date.</summary>
public sealed record FollowUpState(FollowUpPhase Phase, int? DaysLeft)
{
    public bool IsOpen => Phase is FollowUpPhase.Open or FollowUpPhase.Overdue;
}
