namespace Parley.Linkage.Scoring;

/// <summary>
/// The comparison vector of the Fellegi–Sunter model: one agreement level per comparison, from the
/// strongest agreement (0) down; a "missing" level carries no evidence. Patterns index the product
/// space so that histograms and weight tables are flat arrays.
/// </summary>
internal static class Levels
{
    public const int Family = 0;
    public const int Given = 1;
    public const int Patronymic = 2;
    public const int Dob = 3;
    public const int Sex = 4;
    public const int Order = 5;
    public const int Comparisons = 6;

    public const int PatronymicMissing = 4;
    public const int DobMissing = 7;
    public const int SexMissing = 2;

    /// <summary>Levels per comparison.</summary>
    public static ReadOnlySpan<int> Sizes => [5, 6, 5, 8, 3, 2];

    public const int PatternCount = 5 * 6 * 5 * 8 * 3 * 2;

    public static int Encode(int family, int given, int patronymic, int dob, int sex, int order) =>
        (((((((((family * 6) + given) * 5) + patronymic) * 8) + dob) * 3) + sex) * 2) + order;

    public static void Decode(int pattern, Span<int> levels)
    {
        for (var c = Comparisons - 1; c >= 0; c--)
        {
            levels[c] = pattern % Sizes[c];
            pattern /= Sizes[c];
        }
    }

    /// <summary>
    /// Whether a level is "missing" (no evidence either way). Name order is never evidence: it is
    /// chosen by how well the names agree, so its own m/u would count the name agreement twice.
    /// </summary>
    public static bool IsNull(int comparison, int level) => comparison switch
    {
        Order => true,
        Patronymic => level == PatronymicMissing,
        Dob => level == DobMissing,
        Sex => level == SexMissing,
        _ => false,
    };
}
