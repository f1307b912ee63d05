namespace Parley.Linkage;

/// <summary>The pairs of a run, sorted by descending score, and its counters.</summary>
public sealed record LinkResult(IReadOnlyList<LinkPair> Pairs, LinkStatistics Statistics);
