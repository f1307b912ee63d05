namespace Parley.Domain.Talks;

/// <summary>When a summit should happen, as stated ("by end of August") and as dates.</summary>
public sealed record TargetWindow(string StatedAs, DateOnly? From, DateOnly To);
