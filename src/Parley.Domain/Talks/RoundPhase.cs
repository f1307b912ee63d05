namespace Parley.Domain.Talks;

/// <summary>A round on a day: planned (the next meeting), in session, or held (its outcomes are the last meeting's).</summary>
public enum RoundPhase
{
    Planned,
    InSession,
    Held,
}
