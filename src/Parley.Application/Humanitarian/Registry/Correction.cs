namespace Parley.Application.Humanitarian.Registry;

/// <summary>A sealed record corrected or erased: what was done, its commitment and version after.</summary>
public sealed record Correction(string Message, string Commitment, int Version);
