using Parley.Data.Humanitarian;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Application.Humanitarian.Review;

/// <summary>A pair in the review queue: both sides' records side by side, the score and the engine's reason.</summary>
public sealed record ReviewItem(Guid LinkId, int Version, double Score, string Explanation, LinkStatus Status, RegistryEntry Left, RegistryEntry Right);
