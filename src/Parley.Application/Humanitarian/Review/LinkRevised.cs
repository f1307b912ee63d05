using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Review;

/// <summary>A revised pair: its new version and what the decision was and became.</summary>
public sealed record LinkRevised(Guid LinkId, int Version, LinkStatus From, LinkStatus To);
