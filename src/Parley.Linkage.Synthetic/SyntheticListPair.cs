namespace Parley.Linkage.Synthetic;

/// <summary>Two lists and the true pairs between them (by id).</summary>
public sealed record SyntheticListPair(
    IReadOnlyList<PersonRecord> Left,
    IReadOnlyList<PersonRecord> Right,
    IReadOnlyList<(string LeftId, string RightId)> Truth);
