namespace Parley.Domain.Talks;

/// <summary>A role a person held, e.g. "Minister of Defence" from 2024-09-05 to 2025-07-17.</summary>
public sealed record OfficeTerm(string Title, DateOnly? From = null, DateOnly? To = null, string? Source = null);
