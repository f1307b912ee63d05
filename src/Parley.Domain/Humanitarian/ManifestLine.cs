namespace Parley.Domain.Humanitarian;

/// <summary>
/// One person in a manifest, by salted commitment only: the manifest is signed and logged publicly,
/// so it must not carry names. <paramref name="Commitment"/> is lower-case hex.
/// </summary>
public sealed record ManifestLine(string Commitment, string ReleasedBy, PersonCategory Category, PriorityGroups Priorities);
