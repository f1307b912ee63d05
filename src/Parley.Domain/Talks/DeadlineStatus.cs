namespace Parley.Domain.Talks;

/// <summary>What became of an ultimatum. An open one past its date shows as expired without anyone changing it.</summary>
public enum DeadlineStatus
{
    Open,
    Met,
    Lapsed,
    Withdrawn,
}
