namespace Parley.Domain.Talks;

/// <summary>Casualties of an incident as one side claims them; sides' claims are kept apart, never summed.</summary>
public sealed record CasualtyClaim(string ClaimedBy, int? Killed, int? Injured, string Source, DateOnly? ClaimedOn = null);
