namespace Parley.Linkage;

/// <summary>One output pair of <see cref="PersonLinker.Link"/>.</summary>
/// <param name="LeftIndex">Index of the record in the left list.</param>
/// <param name="RightIndex">Index of the record in the right list.</param>
/// <param name="Score">Posterior match probability in [0, 1] (Fellegi–Sunter, with term-frequency adjustment).</param>
/// <param name="Decision"><see cref="LinkDecision.Match"/> or <see cref="LinkDecision.Review"/>.</param>
/// <param name="Explanation">Short reason a person can check, e.g. <c>family=0.97 given=UA/RU form dob=exact</c>.</param>
/// <param name="Gaps">What the evidence lacked (no date of birth, no patronymic, a namesake nearby), for filtering spot checks.</param>
public sealed record LinkPair(int LeftIndex, int RightIndex, double Score, LinkDecision Decision, string Explanation, EvidenceGaps Gaps = EvidenceGaps.None)
{
    /// <summary>The comparison pattern (see Scoring.Levels), for <see cref="LinkResult.Explain"/>.</summary>
    internal int Pattern { get; init; }

    /// <summary>Term-frequency adjustments of family and given name (natural log).</summary>
    internal float FamilyFrequency { get; init; }

    internal float GivenFrequency { get; init; }
}
