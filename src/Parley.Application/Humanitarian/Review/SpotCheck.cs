using Parley.Application.Humanitarian.Registry;
using Parley.Data.Humanitarian;
using Parley.Linkage.Model;

namespace Parley.Application.Humanitarian.Review;

/// <summary>
/// A decided pair for a spot check: both records, the score against the auto-accept threshold of the run that found it,
/// what the evidence lacked, the engine's waterfall and every decision so far.
/// </summary>
public sealed record SpotCheck(
    Guid LinkId,
    int Version,
    double Score,
    LinkStatus Status,
    bool ByEngine,
    string? DecidedBy,
    DateTime? DecidedAtUtc,
    double? MatchThreshold,
    IReadOnlyList<string> Lacks,
    string Explanation,
    IReadOnlyList<WaterfallStep> Waterfall,
    IReadOnlyList<LinkRevision> History,
    RegistryEntry Left,
    RegistryEntry Right);

/// <summary>One page of spot checks, how many pairs the filter matched, and the seed a random draw used.</summary>
public sealed record SpotCheckPage(IReadOnlyList<SpotCheck> Items, int Total, int? Seed, LinkageRunSummary? LatestRun);

/// <summary>A linkage run without its model: when, which lists, the thresholds it decided with and what it found.</summary>
public sealed record LinkageRunSummary(Guid Id, string LeftParty, string RightParty, double MatchThreshold, double ReviewThreshold, int LeftCount, int RightCount, int Confirmed, int Review, DateTime RanAtUtc);
