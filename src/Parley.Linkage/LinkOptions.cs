namespace Parley.Linkage;

/// <summary>Thresholds and limits of <see cref="PersonLinker"/>. The defaults are the documented ones (docs/linkage.md).</summary>
public sealed record LinkOptions
{
    /// <summary>Pairs at or above this probability that win the one-to-one assignment are <see cref="LinkDecision.Match"/>.</summary>
    public double MatchThreshold { get; init; } = 0.8;

    /// <summary>Pairs at or above this probability (and below a match) are written for review; lower ones are dropped.</summary>
    public double ReviewThreshold { get; init; } = 0.3;

    /// <summary>
    /// A confident match is demoted to review when a competing pair of the same left or right record has a
    /// Bayes factor within this factor of it (namesakes the data cannot tell apart).
    /// </summary>
    public double AmbiguityFactor { get; init; } = 4.0;

    /// <summary>Degree of parallelism; 0 means all cores.</summary>
    public int MaxDegreeOfParallelism { get; init; }

    /// <summary>Seed of the random sampling used to estimate non-match (u) probabilities.</summary>
    public int Seed { get; init; } = 20260501;

    /// <summary>
    /// A saved (or learnt) model to score with instead of estimating m and u from the lists; λ is still
    /// re-estimated for these lists. Null: estimate (the default).
    /// </summary>
    public Model.LinkModel? Model { get; init; }

    /// <summary>The defaults.</summary>
    public static LinkOptions Default { get; } = new();
}
