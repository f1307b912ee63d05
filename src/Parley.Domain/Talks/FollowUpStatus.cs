namespace Parley.Domain.Talks;

/// <summary>What was recorded of a follow-up. "Overdue" is never stored: <see cref="StateRule"/> derives it from the due date.</summary>
public enum FollowUpStatus
{
    Open,
    Done,
    Dropped,
}
