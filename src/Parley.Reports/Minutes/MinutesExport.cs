namespace Parley.Reports.Minutes;

/// <summary>
/// Minutes to print: their text (a "# " title line, "## " headings, "- " items, other lines as paragraphs), the
/// version and hash the parties sign (none for an unsaved draft) and the verified signatures on that version.
/// </summary>
public sealed record MinutesExport(string Text, MinutesLabels Labels, int? Version, string? Hash, IReadOnlyList<MinutesSigned> Signatures);

/// <summary>One party's verified signature on the printed version.</summary>
public sealed record MinutesSigned(string Party, string KeyName, DateTime VerifiedAtUtc);

/// <summary>Parley's own words on printed minutes, in the reader's language.</summary>
public sealed record MinutesLabels(string Code, string Version, string Hash, string Signatures, string NotSigned, string Draft, string SignedWith)
{
    public static MinutesLabels For(string code) => code switch
    {
        "uk" => new("uk", "Версія", "SHA-256", "Підписи сторін", "Ще не підписано жодною стороною.", "Проєкт, не збережений головою", "ключем"),
        "ru" => new("ru", "Версия", "SHA-256", "Подписи сторон", "Пока не подписано ни одной стороной.", "Проект, не сохранённый председателем", "ключом"),
        _ => new("en", "Version", "SHA-256", "Signatures of the parties", "Not yet signed by any party.", "Draft, not saved by the chair", "key"),
    };
}

/// <summary>One line of the minutes' text, by its mark.</summary>
internal enum MinutesLineKind { Title, Heading, Item, Paragraph, Blank }

internal static class MinutesLines
{
    public static IEnumerable<(MinutesLineKind Kind, string Text)> Of(string text) =>
        text.ReplaceLineEndings("\n").Split('\n').Select(line => line switch
        {
            _ when line.StartsWith("# ", StringComparison.Ordinal) => (MinutesLineKind.Title, line[2..].Trim()),
            _ when line.StartsWith("## ", StringComparison.Ordinal) => (MinutesLineKind.Heading, line[3..].Trim()),
            _ when line.StartsWith("- ", StringComparison.Ordinal) => (MinutesLineKind.Item, line[2..].Trim()),
            _ when string.IsNullOrWhiteSpace(line) => (MinutesLineKind.Blank, ""),
            _ => (MinutesLineKind.Paragraph, line.Trim()),
        });

    public static string Title(string text) =>
        Of(text).FirstOrDefault(l => l.Kind == MinutesLineKind.Title).Text ?? "Minutes";
}
