namespace Parley.Linkage;

/// <summary>
/// What the evidence of a pair lacked, so that automatic matches can be filtered for spot checks (issue 15):
/// a match without a date of birth, or with a namesake close by, deserves a second look.
/// </summary>
[Flags]
public enum EvidenceGaps : byte
{
    /// <summary>Nothing lacking.</summary>
    None = 0,

    /// <summary>One side (or both) gives no date of birth.</summary>
    NoDateOfBirth = 1,

    /// <summary>One side gives the date of birth only to the year or month.</summary>
    PartialDateOfBirth = 2,

    /// <summary>One side (or both) gives no patronymic.</summary>
    NoPatronymic = 4,

    /// <summary>Another candidate of either record bears the same names (a namesake the engine had to tell apart).</summary>
    NamesakeNearby = 8,
}
