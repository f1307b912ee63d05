namespace Parley.Linkage.Scoring;

/// <summary>Names of the comparisons and their levels, as explanations and saved models word them.</summary>
internal static class LevelNames
{
    public static readonly string[] Comparisons = ["family", "given", "patronymic", "dob", "sex", "order"];

    public static readonly string[][] Labels =
    [
        ["exact", "transliteration", "similar (JW ≥ 0.92)", "alike (JW ≥ 0.85)", "differs"],
        ["exact", "UA/RU form", "transliteration", "similar (JW ≥ 0.92)", "alike (JW ≥ 0.85)", "differs"],
        ["exact or UA/RU form", "transliteration", "similar (JW ≥ 0.88)", "differs", "missing"],
        [
            "exact", "day/month swapped", "year off by one", "same year and day or month",
            "partial agrees", "year within one", "differs", "missing",
        ],
        ["agrees", "differs", "missing"],
        ["straight", "swapped"],
    ];
}
