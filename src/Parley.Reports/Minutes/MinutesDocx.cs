using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace Parley.Reports.Minutes;

/// <summary>Writes minutes as a Word document: title, headings, bulleted items, then version, hash and signatures.</summary>
public static class MinutesDocx
{
    /// <summary>The .docx bytes.</summary>
    public static byte[] Render(MinutesExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            Styles(main);
            var body = new Body();
            foreach (var (kind, text) in MinutesLines.Of(export.Text))
            {
                switch (kind)
                {
                    case MinutesLineKind.Title: body.Append(Styled("Title", text)); break;
                    case MinutesLineKind.Heading: body.Append(Styled("Heading1", text)); break;
                    case MinutesLineKind.Item: body.Append(Styled("Normal", "• " + text)); break;
                    case MinutesLineKind.Paragraph: body.Append(Styled("Normal", text)); break;
                    default: break;
                }
            }
            body.Append(Styled("Meta", MinutesPdf.Stamp(export)));
            body.Append(Styled("Heading1", export.Labels.Signatures));
            if (export.Signatures.Count == 0)
                body.Append(Styled("Normal", export.Labels.NotSigned));
            foreach (var s in export.Signatures)
                body.Append(Styled("Normal", string.Create(CultureInfo.InvariantCulture, $"{s.Party} — {export.Labels.SignedWith} {s.KeyName} — {s.VerifiedAtUtc:yyyy-MM-dd HH:mm} UTC")));
            main.Document = new Document(body);
            doc.PackageProperties.Title = MinutesLines.Title(export.Text);
            doc.PackageProperties.Subject = export.Hash ?? export.Labels.Draft;
            doc.PackageProperties.Creator = "Parley";
            doc.PackageProperties.Language = export.Labels.Code;
        }
        return stream.ToArray();
    }

    private static Paragraph Styled(string style, string text) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = style }), new Run(new WText(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static void Styles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(new RunFonts { Ascii = "DejaVu Sans", HighAnsi = "DejaVu Sans", ComplexScript = "DejaVu Sans" }, new FontSize { Val = "22" }))),
            Style("Normal", "Normal", null),
            Style("Title", "Title", new RunProperties(new Bold(), new FontSize { Val = "36" })),
            Style("Heading1", "heading 1", new RunProperties(new Bold(), new FontSize { Val = "28" })),
            Style("Meta", "Parley version", new RunProperties(new Color { Val = "595959" }, new FontSize { Val = "16" })));
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
