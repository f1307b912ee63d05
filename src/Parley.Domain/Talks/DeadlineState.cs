namespace Parley.Domain.Talks;

/// <summary>How a deadline stands on a given day: still running (days left), expired on its date, or settled.</summary>
public sealed record DeadlineState(DeadlineStatus Status, DateOnly DueOn, int DaysLeft, bool Expired);
