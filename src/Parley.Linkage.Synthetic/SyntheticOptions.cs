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

    /// <summary>
    /// Realistic name tails: ~50,000 composed Ukrainian surnames beside the ranked ones, weight ∝ 1/(rank + 50), so
    /// the commonest surname is ~0.3 % of people (Мельник's share in Ukraine) rather than ~0.8 %; and ~40 rarer
    /// given names (some missing from the engine's equivalence table).
    /// </summary>
    public bool WideNames { get; init; }

    /// <summary>Share of Latin records written by Polish, German or French spelling rules (Szewczenko, Schewtschenko, Chevtchenko).</summary>
    public double WesternLatinShare { get; init; }

    /// <summary>Share of right-side records whose patronymic that side's list leaves out (a form with no such field).</summary>
    public double RightPatronymicDropRate { get; init; }

    /// <summary>Probability that an unknown day and month are written as 1 January (01.01.YYYY) instead of the year alone.</summary>
    public double PlaceholderDateRate { get; init; }

    /// <summary>Probability of a typing slip in a date: two year digits transposed (1987 → 1978) or a day or month digit wrong.</summary>
    public double DateTypoRate { get; init; }

    /// <summary>
    /// The widened population (issue 15), so that the engine is not tuned to one population: realistic surname and
    /// given-name tails, Polish/German/French romanisations, a right side that drops a quarter of patronymics,
    /// placeholder 01.01 dates and slips in dates, on top of the defaults' noise.
    /// </summary>
    public static SyntheticOptions Wide(int leftCount, int rightCount, int seed) => new()
    {
        LeftCount = leftCount,
        RightCount = rightCount,
        Seed = seed,
        WideNames = true,
        WesternLatinShare = 0.1,
        RightPatronymicDropRate = 0.25,
        PlaceholderDateRate = 0.04,
        DateTypoRate = 0.02,
    };
}
