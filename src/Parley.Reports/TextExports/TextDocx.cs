using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Parley.Text;
using Parley.Text.Format;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Parley.Reports.TextExports;

/// <summary>
/// Writes a version as a Word document: title, version hash and checkpoint, one heading per article and
/// one paragraph per clause, with brackets written in the plain-text form (so the file imports back) and
/// each proposer's wording coloured and labelled.
/// </summary>
public static class TextDocx
{
    internal const string MetaStyle = "ParleyMeta";
    private static readonly Dictionary<string, string> PartyColours = new(StringComparer.Ordinal) { ["UA"] = "1F4E9A", ["RU"] = "A4262C" };

    /// <summary>The .docx bytes.</summary>
    public static byte[] Render(TextExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Styles(main);
            var body = new Body();
            var lang = export.Language;
            body.Append(Styled("Title", export.Text.Title));
            if (export.Note is not null)
                body.Append(Styled(MetaStyle, export.Note));
            body.Append(Styled(MetaStyle, string.Create(CultureInfo.InvariantCulture, $"{lang.VersionLabel} {export.Version} · {lang.HashLabel}: {export.Hash}")));
            body.Append(Styled(MetaStyle, $"{lang.CheckpointLabel}: {export.Checkpoint ?? "—"}"));
            for (var a = 0; a < export.Text.Articles.Count; a++)
            {
                var article = export.Text.Articles[a];
                body.Append(Styled("Heading1", string.Create(CultureInfo.InvariantCulture, $"{lang.ArticleLabel} {a + 1}. {article.Heading}")));
                for (var c = 0; c < article.Clauses.Count; c++)
                    body.Append(Clause(article.Clauses[c], string.Create(CultureInfo.InvariantCulture, $"{a + 1}.{c + 1}")));
            }
            main.Document = new Document(body);
            doc.PackageProperties.Title = export.Text.Title;
            doc.PackageProperties.Subject = export.Hash;
            doc.PackageProperties.Creator = "Parley";
            doc.PackageProperties.Language = lang.Code;
        }
        return stream.ToArray();
    }

    private static Paragraph Clause(Clause clause, string number)
    {
        var paragraph = new Paragraph(new Run(new RunProperties(new Bold()), Plain(number + " ")));
        foreach (var segment in clause.Segments)
        {
            if (segment is Words w)
            {
                paragraph.Append(new Run(Plain(Escape(w.Text))));
                continue;
            }
            var alternatives = ((Bracket)segment).Alternatives;
            paragraph.Append(Mark("["));
            for (var i = 0; i < alternatives.Count; i++)
            {
                if (i > 0)
                    paragraph.Append(Mark(" | "));
                var alternative = alternatives[i];
                var colour = alternative.Party is null ? "595959" : PartyColours.GetValueOrDefault(alternative.Party, "6B4E16");
                if (alternative.Party is not null)
                    paragraph.Append(new Run(new RunProperties(new Bold(), new Color { Val = colour }), Plain(alternative.Party + ": ")));
                if (alternative.Text.Length > 0)
                    paragraph.Append(new Run(new RunProperties(new Color { Val = colour }, new Underline { Val = UnderlineValues.Single }), Plain(Escape(alternative.Text))));
            }
            paragraph.Append(Mark("]"));
        }
        return paragraph;
    }

    private static Run Mark(string text) => new(new RunProperties(new Bold(), new Color { Val = "7F7F7F" }), Plain(text));

    private static WText Plain(string text) => new(text) { Space = SpaceProcessingModeValues.Preserve };

    private static string Escape(string text) => PlainTextWriter.WriteClause(new Clause([new Words(text)]));

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(Plain(text)));

    private static void Styles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "DejaVu Sans", HighAnsi = "DejaVu Sans", ComplexScript = "DejaVu Sans" }, new FontSize { Val = "22" }))),
            Style("Normal", "Normal", null),
            Style("Title", "Title", new RunProperties(new Bold(), new FontSize { Val = "36" })),
            Style("Heading1", "heading 1", new RunProperties(new Bold(), new FontSize { Val = "28" })),
            Style(MetaStyle, "Parley version", new RunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" })));
    }

    private static Style Style(string id, string name, RunProperties? run)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (id != "Normal")
            style.Append(new BasedOn { Val = "Normal" });
        if (run is not null)
            style.Append(new StyleRunProperties(run.ChildElements.Select(e => e.CloneNode(true))));
        return style;
    }
}
