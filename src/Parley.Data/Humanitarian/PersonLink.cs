namespace Parley.Data.Humanitarian;

/// <summary>
/// A pair the linkage engine found between two parties' lists. Confident pairs start confirmed; the
/// rest wait in the review queue until an officer decides. Once confirmed, the pair is one person
/// with both sides' identifiers.
/// </summary>
public sealed class PersonLink
{
    public Guid Id { get; set; }

    public Guid LeftPersonId { get; set; }

    public Guid RightPersonId { get; set; }

    public double Score { get; set; }

    public string Explanation { get; set; } = "";

    public LinkStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTime? DecidedAtUtc { get; set; }

    public DateTime FoundAtUtc { get; set; }

    public int Version { get; set; }

    /// <summary>The run that found the pair (null for pairs found before runs were kept).</summary>
    public Guid? RunId { get; set; }

    /// <summary>What the evidence lacked, as the engine's <c>EvidenceGaps</c> flags.</summary>
    public int Gaps { get; set; }

    /// <summary>The match-weight waterfall (prior, each comparison, final probability) as JSON, for the review page.</summary>
    public string? Waterfall { get; set; }

    /// <summary>Every decision on the pair, oldest first; never shortened.</summary>
    public List<LinkRevision> History { get; set; } = [];
}
