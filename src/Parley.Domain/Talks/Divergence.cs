namespace Parley.Domain.Talks;

/// <summary>How far apart stances on one issue are.</summary>
public enum Divergence
{
    /// <summary>Fewer than two parties have stated a position.</summary>
    Unknown,
    Aligned,
    Close,
    Apart,

    /// <summary>At opposite ends of the axis (-2 and +2).</summary>
    DiametricallyOpposed,
}
