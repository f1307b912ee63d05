using System.Globalization;
using System.Text;

namespace Parley.Linkage.Scoring;

/// <summary>Writes the comparison vector of a pair as words an officer can check: <c>family=0.97 given=UA/RU form dob=exact</c>.</summary>
internal sealed class Explainer(PairComparer comparer)
{
    private static readonly string[] s_dob =
    [
        "exact", "day/month swapped", "year off by one", "same year, day or month differs",
        "partial agrees", "year within one", "differs", "missing",
    ];

    public string Explain(int l, int r)
    {
        var left = comparer.Left;
        var right = comparer.Right;
        var pattern = comparer.Compare(l, r, out var swapped);
        Span<int> levels = stackalloc int[Levels.Comparisons];
        Levels.Decode(pattern, levels);
        int lf = left.Family[l], lg = left.Given[l];
        int rf = swapped ? right.Given[r] : right.Family[r];
        int rg = swapped ? right.Family[r] : right.Given[r];
        var sb = new StringBuilder(96);
        sb.Append("family=").Append(Name(levels[Levels.Family] switch { 0 => "exact", 1 => "transliteration", _ => null }, lf, rf));
        sb.Append(" given=").Append(Name(levels[Levels.Given] switch { 0 => "exact", 1 => "UA/RU form", 2 => "transliteration", _ => null }, lg, rg));
        var lp = left.Patronymic[l];
        var rp = right.Patronymic[r];
        sb.Append(" patronymic=").Append(levels[Levels.Patronymic] switch
        {
            Levels.PatronymicMissing => "missing",
            0 => comparer.Vocabulary.Romanised[lp] == comparer.Vocabulary.Romanised[rp] ? "exact" : "UA/RU form",
            1 => "transliteration",
            _ => Name(null, lp, rp),
        });
        sb.Append(" dob=").Append(s_dob[levels[Levels.Dob]]);
        if (levels[Levels.Sex] != Levels.SexMissing)
        {
            sb.Append(" sex=").Append(levels[Levels.Sex] == 0 ? "agrees" : "differs");
        }

        if (swapped)
        {
            sb.Append(" order=swapped");
        }

        return sb.ToString();
    }

    private string Name(string? word, int a, int b) =>
        word ?? (a < 0 || b < 0 ? "missing" : comparer.Similarity(a, b).ToString("0.00", CultureInfo.InvariantCulture));
}
