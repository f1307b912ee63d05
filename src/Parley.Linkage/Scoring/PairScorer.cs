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
    private readonly float[] _familyFrequency = session.LogFamilyFrequency;
    private readonly float[] _givenFrequency = session.LogGivenFrequency;
    private readonly float _familyU = (float)Math.Log(model.FamilyAgreementU);
    private readonly float _givenU = (float)Math.Log(model.GivenAgreementU);

    public float Weight(int left, int right, out int pattern)
    {
        pattern = _comparer.Compare(left, right, out _);
        return Weight(left, pattern);
    }

    public float Weight(int left, int pattern)
    {
        var w = _weights[pattern];
        var family = pattern / PatternsPerFamilyLevel;
        var given = pattern / PatternsPerGivenLevel % 6;
        if (family <= 1)
        {
            var token = session.Left.Family[left];
            w += _familyU - _familyFrequency[token];
        }

        if (given <= 2)
        {
            var token = session.Left.Given[left];
            w += _givenU - _givenFrequency[token];
        }

        return w;
    }
}
