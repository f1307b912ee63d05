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
    private readonly float _familyU = (float)Math.Log(model.FamilyAgreementU);
    private readonly float _givenU = (float)Math.Log(model.GivenAgreementU);

    public float Weight(int left, int right, out int pattern)
    {
        pattern = _comparer.Compare(left, right, out var swapped);
        var w = _weights[pattern];
        var family = pattern / PatternsPerFamilyLevel;
        var given = pattern / PatternsPerGivenLevel % 6;
        if (family <= 1 || given <= 2)
        {
            int lf = session.Left.Family[left], lg = session.Left.Given[left];
            int rf = swapped ? session.Right.Given[right] : session.Right.Family[right];
            int rg = swapped ? session.Right.Family[right] : session.Right.Given[right];
            if (family <= 1)
            {
                w += _familyU - Math.Max(_frequency[lf], _frequency[rf]);
            }

            if (given <= 2)
            {
                w += _givenU - Math.Max(_frequency[lg], _frequency[rg]);
            }
        }

        return w;
    }
}
