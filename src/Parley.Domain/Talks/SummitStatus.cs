namespace Parley.Domain.Talks;

/// <summary>Lifecycle of a summit proposal: proposed → accepted/declined → scheduled → held/lapsed.</summary>
public enum SummitStatus
{
    Proposed,
    Accepted,
    Declined,
    Scheduled,
    Held,
    Lapsed,
}
