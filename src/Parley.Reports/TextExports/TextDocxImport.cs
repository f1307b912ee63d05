using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Parley.Text;
using Parley.Text.Format;

namespace Parley.Reports.TextExports;

/// <summary>
/// Reads a bracketed text from a Word document: each paragraph is a line of the plain-text form (the
/// title from the Title style or the first paragraph, articles from Heading 1 or an "Article N." start,
/// every other paragraph one clause), then the plain-text parser reads it. Errors name the paragraph.
/// </summary>
public static partial class TextDocxImport
{
    /// <summary>The largest file accepted, in bytes.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Reads <paramref name="docx"/>; a file that is not a DOCX, too large, or malformed is refused with a reason.</summary>
    public static TextParseResult Read(ReadOnlySpan<byte> docx, PartyDirectory? parties = null)
    {
        if (docx.Length > MaxBytes)
            return Fail(string.Create(CultureInfo.InvariantCulture, $"the file is {docx.Length:N0} bytes; the limit is {MaxBytes:N0}"));
        if (docx.Length < 4 || docx[0] != 'P' || docx[1] != 'K')
            return Fail("this is not a DOCX file (a DOCX is a ZIP package; this file does not start like one)");
        List<(string? Style, string Text)> paragraphs;
        try
        {
            using var stream = new MemoryStream(docx.ToArray());
            using var doc = WordprocessingDocument.Open(stream, false, new OpenSettings { MaxCharactersInPart = PlainTextParser.DefaultMaxChars * 4L });
            var body = doc.MainDocumentPart?.Document?.Body;
            if (body is null)
                return Fail("this is not a readable DOCX file: it has no Word document body");
            paragraphs = [.. body.Descendants<Paragraph>().Select(p => (p.ParagraphProperties?.ParagraphStyleId?.Val?.Value, TextOf(p)))];
        }
        catch (Exception e) when (e is OpenXmlPackageException or FileFormatException or InvalidDataException or IOException or System.Xml.XmlException or InvalidOperationException)
        {
            return Fail("this is not a readable DOCX file: " + e.Message);
        }

        var (source, paragraphOfLine) = ToPlainText(paragraphs);
        var result = PlainTextParser.Parse(source, parties);
        return result.Succeeded ? result : new(null, [.. result.Errors.Select(e => e with
        {
            Line = paragraphOfLine.GetValueOrDefault(e.Line, e.Line),
            Reason = string.Create(CultureInfo.InvariantCulture, $"paragraph {paragraphOfLine.GetValueOrDefault(e.Line, e.Line)}: {e.Reason}"),
        })]);

        static TextParseResult Fail(string reason) => new(null, [new TextParseError(1, 1, reason)]);
    }

    private static (string Source, Dictionary<int, int> ParagraphOfLine) ToPlainText(List<(string? Style, string Text)> paragraphs)
    {
        var sb = new StringBuilder();
        var map = new Dictionary<int, int>();
        var line = 0;
        var titled = paragraphs.Exists(p => IsTitle(p.Style) || p.Text.TrimStart().StartsWith("# ", StringComparison.Ordinal));
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (style, raw) = paragraphs[i];
            var text = raw.Trim();
            if (text.Length == 0 || style == TextDocx.MetaStyle)
                continue;
            if (!titled)
            {
                titled = true;
                text = "# " + text;
            }
            else if (IsTitle(style) && !text.StartsWith('#'))
                text = "# " + text;
            else if ((IsHeading(style) || ArticleStart().IsMatch(text)) && !text.StartsWith('#'))
                text = "## " + text;
            else if (!text.StartsWith('#'))
                text = ClauseNumber().Replace(text, "", 1);
            sb.Append(text).Append("\n\n");
            map[++line] = i + 1;
            map[++line] = i + 1;
        }
        return (sb.ToString(), map);
    }

    private static bool IsTitle(string? style) => string.Equals(style, "Title", StringComparison.OrdinalIgnoreCase);

    private static bool IsHeading(string? style) =>
        style is not null && (style.Equals("Heading1", StringComparison.OrdinalIgnoreCase) || style.Equals("Heading 1", StringComparison.OrdinalIgnoreCase));

    private static string TextOf(Paragraph paragraph)
    {
        var sb = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case DocumentFormat.OpenXml.Wordprocessing.Text t:
                    sb.Append(t.Text);
                    break;
                case TabChar or Break or CarriageReturn:
                    sb.Append(' ');
                    break;
                default:
                    break;
            }
        }
        return sb.ToString();
    }

    [GeneratedRegex(@"^(?:Article|Стаття|Статья)\s+\d+\.", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArticleStart();

    [GeneratedRegex(@"^\d+\.\d+\s+")]
    private static partial Regex ClauseNumber();
}
