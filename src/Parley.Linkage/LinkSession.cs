using Parley.Linkage.Blocking;
using Parley.Linkage.Normalisation;
using Parley.Linkage.Scoring;

namespace Parley.Linkage;

/// <summary>Everything derived from one pair of lists before scoring: vocabulary, prepared lists, term frequencies, blocks.</summary>
internal sealed class LinkSession
{
    public LinkSession(IReadOnlyList<PersonRecord> left, IReadOnlyList<PersonRecord> right, ParallelOptions parallel)
    {
        Vocabulary = new Vocabulary();
        Left = new PreparedList(left, Vocabulary);
        Right = new PreparedList(right, Vocabulary);
        Vocabulary.Build(NameEquivalents.Default, parallel);
        Comparer = new PairComparer(Vocabulary, Left, Right);
        var family = LogFrequencies(Vocabulary.Skeleton, Left.Family, Right.Family);
        var given = LogFrequencies(Vocabulary.Key, Left.Given, Right.Given);
        // A name's frequency is the larger of its frequency as a family and as a given name, so a given
        // name written in the family column (swapped order) is not mistaken for a rare surname.
        LogFrequency = new float[family.Length];
        for (var t = 0; t < family.Length; t++)
        {
            LogFrequency[t] = Math.Max(family[t], given[t]);
        }
        LeftKeys = BlockingKeys.Compute(Left, Vocabulary);
        RightKeys = BlockingKeys.Compute(Right, Vocabulary);
        Index = new BlockIndex(LeftKeys, RightKeys);
    }

    public Vocabulary Vocabulary { get; }

    public PreparedList Left { get; }

    public PreparedList Right { get; }

    public PairComparer Comparer { get; }

    /// <summary>
    /// Log relative frequency of each name token across both lists (term-frequency adjustment): the
    /// larger of its family-name skeleton's frequency in family columns and its given-name key's in
    /// given columns.
    /// </summary>
    public float[] LogFrequency { get; }

    public ulong[][] LeftKeys { get; }

    public ulong[][] RightKeys { get; }

    public BlockIndex Index { get; }

    /// <summary>Whether the pair shares at least one blocking key under that key's condition.</summary>
    public bool IsCandidate(int l, int r)
    {
        for (var k = 0; k < BlockingKeys.Count; k++)
        {
            var key = LeftKeys[k][l];
            if (key != 0 && key == RightKeys[k][r] && BlockingKeys.IsFirstShared(k, LeftKeys, RightKeys, l, r, Left.Dob[l], Right.Dob[r]))
            {
                return true;
            }
        }

        return false;
    }

    private float[] LogFrequencies(ulong[] valueOfToken, int[] left, int[] right)
    {
        var counts = new Dictionary<ulong, int>();
        foreach (var list in new[] { left, right })
        {
            foreach (var t in list)
            {
                if (t >= 0)
                {
                    counts[valueOfToken[t]] = counts.GetValueOrDefault(valueOfToken[t]) + 1;
                }
            }
        }

        double total = Math.Max(1, left.Length + right.Length);
        var result = new float[Vocabulary.Count];
        for (var t = 0; t < result.Length; t++)
        {
            result[t] = (float)Math.Log(Math.Max(2, counts.GetValueOrDefault(valueOfToken[t])) / total);
        }

        return result;
    }
}
