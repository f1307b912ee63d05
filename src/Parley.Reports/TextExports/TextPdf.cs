using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using Parley.Text.Format;

namespace Parley.Reports.TextExports;

/// <summary>
/// Prints a version as PDF (DejaVu Sans, so Ukrainian and Russian print on any machine): title, version
/// hash and checkpoint, then each article and its clauses with brackets and proposers as in the
/// plain-text form. Every page's footer repeats the version and hash.
/// </summary>
public static class TextPdf
{
    private static readonly double[] ClauseColumns = [0.09, 0.91];

    /// <summary>The PDF bytes.</summary>
    public static byte[] Render(TextExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        EmbeddedFontResolver.Install();
        var title = new XFont("DejaVu Sans", 16, XFontStyleEx.Bold);
        var heading = new XFont("DejaVu Sans", 11, XFontStyleEx.Bold);
        var body = new XFont("DejaVu Sans", 9.5, XFontStyleEx.Regular);
        var small = new XFont("DejaVu Sans", 7.5, XFontStyleEx.Regular);
        var lang = export.Language;

        using var pdf = new PdfDocument();
        pdf.Info.Title = export.Text.Title;
        pdf.Info.Subject = export.Hash;
        pdf.Info.Creator = "Parley";
        using (var w = new PageWriter(pdf, _ => { }))
        {
            w.Row([export.Text.Title], [1.0], title);
            if (export.Note is not null)
                w.Text(export.Note, body);
            w.Text(string.Create(CultureInfo.InvariantCulture, $"{lang.VersionLabel} {export.Version}"), body, 2);
            w.Text($"{lang.HashLabel}: {export.Hash}", small, 2);
            w.Text($"{lang.CheckpointLabel}: {export.Checkpoint ?? "—"}", small);
            w.Rule();
            for (var a = 0; a < export.Text.Articles.Count; a++)
            {
                var article = export.Text.Articles[a];
                w.Space(4);
                w.Row([string.Create(CultureInfo.InvariantCulture, $"{lang.ArticleLabel} {a + 1}. {article.Heading}")], [1.0], heading);
                for (var c = 0; c < article.Clauses.Count; c++)
                    w.Row([string.Create(CultureInfo.InvariantCulture, $"{a + 1}.{c + 1}"), PlainTextWriter.WriteClause(article.Clauses[c])], ClauseColumns, body);
            }
        }

        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture, $"{lang.VersionLabel} {export.Version} · {export.Hash[..16]} · {i + 1} / {pdf.PageCount}");
            gfx.DrawString(text, small, XBrushes.Gray, new XRect(PageWriter.Margin, page.Height.Point - PageWriter.Margin, page.Width.Point - 2 * PageWriter.Margin, 12), XStringFormats.TopLeft);
        }
        using var output = new MemoryStream();
        pdf.Save(output, false);
        return output.ToArray();
    }
}
