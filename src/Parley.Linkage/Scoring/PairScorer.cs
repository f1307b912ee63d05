namespace Parley.Linkage.Scoring;

/// <summary>
/// Log Bayes factor of a pair: the pattern's weight plus term-frequency adjustments (as in Splink):
/// where names agree, the average u of the agreeing levels is replaced by the frequency of the value,
/// so a common surname is weaker evidence than a rare one.
/// </summary>
internal sealed class PairScorer(LinkSession session, FellegiSunterModel model)
{
    private const int PatternsPerFamilyLevel = Levels.PatternCount / 5;
    private const int PatternsPerGivenLevel = PatternsPerFamilyLevel / 6;

    private readonly PairComparer _comparer = session.Comparer;
    private readonly float[] _weights = model.Weights;
    private readonly float[] _frequency = session.LogFrequency;
    private readonly float[] _exactFrequency = session.LogExactFrequency;
    private readonly float _familyU = (float)Math.Log(model.FamilyAgreementU);
    private readonly float _givenU = (float)Math.Log(model.GivenAgreementU);

    public float Weight(int left, int right, out int pattern)
    {
        pattern = _comparer.Compare(left, right, out var swapped);
        return _weights[pattern] + TermFrequency(left, right, pattern, swapped, out _, out _);
    }

    /// <summary>The term-frequency adjustments (natural log) of the family and given name, added to the pattern's weight.</summary>
    public float TermFrequency(int left, int right, int pattern, bool swapped, out float family, out float given)
    {
        family = given = 0;
        var familyLevel = pattern / PatternsPerFamilyLevel;
        var givenLevel = pattern / PatternsPerGivenLevel % 6;
        if (familyLevel <= 1 || givenLevel <= 2)
        {
            int lf = session.Left.Family[left], lg = session.Left.Given[left];
            int rf = swapped ? session.Right.Given[right] : session.Right.Family[right];
            int rg = swapped ? session.Right.Family[right] : session.Right.Given[right];
            // Exact agreement is weighed by the frequency of the exact form, looser agreement by that of its class.
            var familyFrequency = familyLevel == 0 ? _exactFrequency : _frequency;
            var givenFrequency = givenLevel == 0 ? _exactFrequency : _frequency;
            if (familyLevel <= 1)
            {
                family = _familyU - Math.Max(familyFrequency[lf], familyFrequency[rf]);
            }

            if (givenLevel <= 2)
            {
                given = _givenU - Math.Max(givenFrequency[lg], givenFrequency[rg]);
            }
        }

        return family + given;
    }

    /// <summary>Whether a pattern's names agree (family by spelling or transliteration, given by spelling, form or transliteration).</summary>
    public static bool NamesAgree(int pattern) =>
        pattern / PatternsPerFamilyLevel <= 1 && pattern / PatternsPerGivenLevel % 6 <= 2;
}
