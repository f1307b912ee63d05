namespace Parley.Domain.Talks;

/// <summary>A follow-up's state on a day: open, overdue (open past its due date), done or dropped.</summary>
public enum FollowUpPhase
{
    Open,
    Overdue,
    Done,
    Dropped,
}
