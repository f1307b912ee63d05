using Parley.Data.Humanitarian;
using Parley.Application.Humanitarian.Registry;
using Parley.Linkage.Model;

namespace Parley.Application.Humanitarian.Review;

/// <summary>A pair in the review queue: both sides' records side by side, the score and the engine's reason.</summary>
public sealed record ReviewItem(Guid LinkId, int Version, double Score, string Explanation, LinkStatus Status, RegistryEntry Left, RegistryEntry Right)
{
    /// <summary>The engine's match-weight waterfall (prior, each comparison, final probability); empty for pairs found before it was kept.</summary>
    public IReadOnlyList<WaterfallStep> Waterfall { get; init; } = [];
}
