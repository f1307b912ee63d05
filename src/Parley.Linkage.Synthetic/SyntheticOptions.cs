namespace Parley.Linkage.Synthetic;

/// <summary>
/// Shape of a synthetic pair of lists. Left is written by the Ukrainian side (Ukrainian Cyrillic or
/// the national romanisation), right by the Russian side (Russian forms, or ICAO/BGN/GOST/informal
/// romanisations). Rates are per record and side.
/// </summary>
public sealed record SyntheticOptions
{
    public int LeftCount { get; init; } = 1000;

    public int RightCount { get; init; } = 1000;

    /// <summary>Share of the smaller list whose persons also appear on the other list.</summary>
    public double Overlap { get; init; } = 0.6;

    public int Seed { get; init; } = 1;

    /// <summary>Share of left records written in Latin (otherwise Ukrainian Cyrillic).</summary>
    public double LeftLatinShare { get; init; } = 0.2;

    /// <summary>Share of right records written in Latin (otherwise Russian Cyrillic).</summary>
    public double RightLatinShare { get; init; } = 0.3;

    /// <summary>Probability of one typo in each name field.</summary>
    public double TypoRate { get; init; } = 0.04;

    /// <summary>Probability that family and given name are written in each other's columns.</summary>
    public double SwapRate { get; init; } = 0.03;

    /// <summary>Probability that a record is written in upper case.</summary>
    public double UpperCaseRate { get; init; } = 0.3;

    /// <summary>Probability that a Cyrillic record lacks the patronymic (Latin records mostly lack it).</summary>
    public double MissingPatronymicRate { get; init; } = 0.1;

    /// <summary>Probability that the date of birth is written imperfectly (partial, missing, swapped, slipped).</summary>
    public double DateNoiseRate { get; init; } = 0.15;
}
