namespace Parley.Domain.Talks;

/// <summary>A party's answer to a summit proposal, in its own words.</summary>
public sealed record SummitResponse(string Party, ResponseStance Stance, string Text, DateOnly? On = null, string? Source = null);
