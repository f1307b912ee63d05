namespace Parley.Text;

/// <summary>
/// The authentic languages of the talks' texts and the words each export prints in them. A text's words
/// are the negotiators'; only the labels around them come from here.
/// </summary>
/// <param name="Code">ISO 639-1 code: <c>en</c>, <c>uk</c> or <c>ru</c>.</param>
/// <param name="Iso6392">ISO 639-2 code, as Akoma Ntoso's <c>FRBRlanguage</c> wants it.</param>
/// <param name="ArticleLabel">The word before an article's number.</param>
/// <param name="VersionLabel">"Version".</param>
/// <param name="HashLabel">"Version hash (SHA-256)".</param>
/// <param name="CheckpointLabel">"Log checkpoint".</param>
/// <param name="ChairLabel">The name given to the chair's wording.</param>
/// <param name="BracketedLabel">"bracketed".</param>
/// <param name="AgreedLabel">"agreed ad referendum".</param>
public sealed record TextLanguage(
    string Code, string Iso6392, string ArticleLabel, string VersionLabel, string HashLabel,
    string CheckpointLabel, string ChairLabel, string BracketedLabel, string AgreedLabel)
{
    /// <summary>English.</summary>
    public static TextLanguage English { get; } = new("en", "eng", "Article", "Version", "Version hash (SHA-256)", "Log checkpoint", "Chair", "bracketed", "agreed ad referendum");

    /// <summary>Ukrainian.</summary>
    public static TextLanguage Ukrainian { get; } = new("uk", "ukr", "Стаття", "Версія", "Хеш версії (SHA-256)", "Контрольна точка журналу", "Голова", "у дужках", "погоджено ad referendum");

    /// <summary>Russian.</summary>
    public static TextLanguage Russian { get; } = new("ru", "rus", "Статья", "Версия", "Хеш версии (SHA-256)", "Контрольная точка журнала", "Председатель", "в скобках", "согласовано ad referendum");

    /// <summary>The three authentic languages, English first.</summary>
    public static IReadOnlyList<TextLanguage> All { get; } = [English, Ukrainian, Russian];

    /// <summary>The language for an ISO 639-1 code, or null.</summary>
    public static TextLanguage? Find(string? code) => All.FirstOrDefault(l => string.Equals(l.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));
}
