using Parley.Linkage.Normalisation;

namespace Parley.Linkage.Scoring;

/// <summary>
/// Computes the comparison vector of a (left, right) pair. Name order is tried both ways when the
/// straight order agrees poorly, because lists put family and given names in each other's columns.
/// Allocation-free: reads token ids, the romanised char pool and packed dates.
/// </summary>
internal sealed class PairComparer(Vocabulary vocabulary, PreparedList left, PreparedList right)
{
    public const double StrongSimilarity = 0.92;
    public const double WeakSimilarity = 0.85;
    public const double PatronymicSimilarity = 0.88;

    public Vocabulary Vocabulary => vocabulary;

    public PreparedList Left => left;

    public PreparedList Right => right;

    /// <summary>Pattern index (see <see cref="Levels"/>) of the pair; <paramref name="swapped"/> tells the name order used.</summary>
    public int Compare(int l, int r, out bool swapped)
    {
        int lf = left.Family[l], lg = left.Given[l], rf = right.Family[r], rg = right.Given[r];
        var f = FamilyLevel(lf, rf);
        var g = GivenLevel(lg, rg);
        swapped = false;
        if (f >= 2 || g >= 3)
        {
            var fs = FamilyLevel(lf, rg);
            var gs = GivenLevel(lg, rf);
            if (fs + gs < f + g)
            {
                (f, g, swapped) = (fs, gs, true);
            }
        }

        var p = PatronymicLevel(left.Patronymic[l], right.Patronymic[r]);
        var d = Dates.Level(left.Dob[l], right.Dob[r]);
        var s = SexLevel(left.Sex[l], right.Sex[r]);
        return Levels.Encode(f, g, p, d, s, swapped ? 1 : 0);
    }

    public int FamilyLevel(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return 4;
        }

        if (vocabulary.Romanised[a] == vocabulary.Romanised[b])
        {
            return 0;
        }

        if (vocabulary.Skeleton[a] == vocabulary.Skeleton[b])
        {
            return 1;
        }

        var jw = Similarity(a, b);
        return jw >= StrongSimilarity ? 2 : jw >= WeakSimilarity ? 3 : 4;
    }

    public int GivenLevel(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return 5;
        }

        if (vocabulary.Romanised[a] == vocabulary.Romanised[b])
        {
            return 0;
        }

        var ga = vocabulary.GivenGroup[a];
        if (ga >= 0 && ga == vocabulary.GivenGroup[b])
        {
            return 1;
        }

        if (vocabulary.Skeleton[a] == vocabulary.Skeleton[b])
        {
            return 2;
        }

        var jw = Similarity(a, b);
        return jw >= StrongSimilarity ? 3 : jw >= WeakSimilarity ? 4 : 5;
    }

    public int PatronymicLevel(int a, int b)
    {
        if (a < 0 || b < 0)
        {
            return Levels.PatronymicMissing;
        }

        var ga = vocabulary.PatronymicGroup[a];
        if (vocabulary.Romanised[a] == vocabulary.Romanised[b] || (ga >= 0 && ga == vocabulary.PatronymicGroup[b]))
        {
            return 0;
        }

        if (vocabulary.Skeleton[a] == vocabulary.Skeleton[b])
        {
            return 1;
        }

        return Similarity(a, b) >= PatronymicSimilarity ? 2 : 3;
    }

    public static int SexLevel(byte a, byte b) => a == 0 || b == 0 ? Levels.SexMissing : a == b ? 0 : 1;

    public double Similarity(int a, int b) => JaroWinkler.Similarity(vocabulary.Text(a), vocabulary.Text(b));
}
