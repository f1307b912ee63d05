using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parley.Reports.Minutes;

/// <summary>
/// Prints minutes as PDF (DejaVu Sans, so Ukrainian and Russian print on any machine): the text by its marks, then
/// the version, its hash and each party's verified signature; every page's footer repeats version and hash.
/// </summary>
public static class MinutesPdf
{
    private static readonly double[] ItemColumns = [0.04, 0.96];

    /// <summary>The PDF bytes.</summary>
    public static byte[] Render(MinutesExport export)
    {
        ArgumentNullException.ThrowIfNull(export);
        EmbeddedFontResolver.Install();
        var title = new XFont("DejaVu Sans", 16, XFontStyleEx.Bold);
        var heading = new XFont("DejaVu Sans", 11, XFontStyleEx.Bold);
        var body = new XFont("DejaVu Sans", 9.5, XFontStyleEx.Regular);
        var small = new XFont("DejaVu Sans", 7.5, XFontStyleEx.Regular);
        var labels = export.Labels;
        using var pdf = new PdfDocument();
        pdf.Info.Title = MinutesLines.Title(export.Text);
        pdf.Info.Subject = export.Hash ?? labels.Draft;
        pdf.Info.Creator = "Parley";
        using (var w = new PageWriter(pdf, _ => { }))
        {
            foreach (var (kind, text) in MinutesLines.Of(export.Text))
            {
                switch (kind)
                {
                    case MinutesLineKind.Title: w.Row([text], [1.0], title); break;
                    case MinutesLineKind.Heading: w.Space(4); w.Row([text], [1.0], heading); break;
                    case MinutesLineKind.Item: w.Row(["•", text], ItemColumns, body); break;
                    case MinutesLineKind.Paragraph: w.Text(text, body); break;
                    default: w.Space(3); break;
                }
            }
            w.Rule();
            w.Text(Stamp(export), small, 2);
            w.Space(4);
            w.Row([labels.Signatures], [1.0], heading);
            if (export.Signatures.Count == 0)
                w.Text(labels.NotSigned, body);
            foreach (var s in export.Signatures)
                w.Text(string.Create(CultureInfo.InvariantCulture, $"{s.Party} — {labels.SignedWith} {s.KeyName} — {s.VerifiedAtUtc:yyyy-MM-dd HH:mm} UTC"), body);
        }
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture, $"{(export.Version is { } v ? $"{labels.Version} {v} · {export.Hash![..16]}" : labels.Draft)} · {i + 1} / {pdf.PageCount}");
            gfx.DrawString(text, small, XBrushes.Gray, new XRect(PageWriter.Margin, page.Height.Point - PageWriter.Margin, page.Width.Point - 2 * PageWriter.Margin, 12), XStringFormats.TopLeft);
        }
        using var output = new MemoryStream();
        pdf.Save(output, false);
        return output.ToArray();
    }

    internal static string Stamp(MinutesExport export) => export.Version is { } version
        ? string.Create(CultureInfo.InvariantCulture, $"{export.Labels.Version} {version} · {export.Labels.Hash}: {export.Hash}")
        : export.Labels.Draft;
}
