using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parley.Reports;

/// <summary>Renders a printable exchange manifest or confirmation as PDF.</summary>
public static class ExchangePdf
{
    private static readonly XSolidBrush DifferenceFill = new(XColor.FromArgb(248, 222, 200));

    private static readonly double[] PersonColumns = [0.06, 0.09, 0.31, 0.11, 0.15, 0.12, 0.16];

    public static byte[] Render(ExchangeDocument doc)
    {
        ArgumentNullException.ThrowIfNull(doc);
        EmbeddedFontResolver.Install();
        var title = new XFont("DejaVu Sans", 16, XFontStyleEx.Bold);
        var heading = new XFont("DejaVu Sans", 11, XFontStyleEx.Bold);
        var body = new XFont("DejaVu Sans", 9, XFontStyleEx.Regular);
        var small = new XFont("DejaVu Sans", 7.5, XFontStyleEx.Regular);

        using var pdf = new PdfDocument();
        pdf.Info.Title = $"{doc.Title} {doc.BatchId}";
        pdf.Info.Creator = "Parley";
        var l = doc.Labels ?? ExchangeLabels.English;
        using (var w = new PageWriter(pdf, p => p.Text($"{doc.Title} · {doc.BatchId}", small, 8)))
        {
            w.Text(doc.Title, title, 6);
            if (doc.Status is { } status)
            {
                // Differences between the confirmations are printed on a shaded band, never as a plain status line.
                w.Row([status], [PersonColumns.Sum()], heading, fill: doc.StatusDiffers ? DifferenceFill : null);
                w.Space(4);
            }
            w.Text(Format(l.BatchLine, doc.BatchId, doc.FirstParty, doc.SecondParty), heading);
            w.Text(Format(l.ManifestHash, doc.ManifestHash), body);
            w.Text(Checkpoint(doc.Checkpoint, l), body);
            w.Rule();

            w.Text(l.AgreedTerms, heading);
            foreach (var term in doc.Terms)
                w.Text(term, body, 2);
            w.Space(4);
            w.Text(l.Counts, heading);
            foreach (var (party, category, count) in doc.Counts)
                w.Text(Format(l.Releases, party, count, category), body, 2);
            w.Space(4);

            w.Text(l.Signatures, heading);
            if (doc.Signatures.Count == 0)
                w.Text(l.NoSignatures, body);
            foreach (var s in doc.Signatures)
                w.Text(Format(l.SignatureLine, s.Party, s.KeyName, s.SignedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), s.Verified ? l.Verified : l.NotVerified), body, 2);
            w.Rule();

            w.Text(Format(l.Persons, doc.Persons.Count), heading);
            w.Row(l.Columns, PersonColumns, small, shaded: true);
            foreach (var p in doc.Persons)
                w.Row([p.ReleasedBy, p.Category, p.Name, p.DateOfBirth ?? "", p.Priority, p.Commitment[..Math.Min(12, p.Commitment.Length)], p.Outcome ?? ""], PersonColumns, body);
        }

        Footers(pdf, doc, l, small);
        using var output = new MemoryStream();
        pdf.Save(output, false);
        return output.ToArray();
    }

    private static string Checkpoint(CheckpointLine? c, ExchangeLabels l) => c is null
        ? l.NotInCheckpoint
        : Format(l.InCheckpoint, c.Origin, c.EntryIndex, c.Size, c.RootHash);

    // Numbers stay in invariant digits: the hash, entry and size are checked against the log by eye.
    private static string Format(string format, params object[] values) => string.Format(CultureInfo.InvariantCulture, format, values);

    private static void Footers(PdfDocument pdf, ExchangeDocument doc, ExchangeLabels l, XFont font)
    {
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = Format(l.Footer, doc.PrintedAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), doc.PrintedBy,
                doc.ManifestHash[..Math.Min(16, doc.ManifestHash.Length)], i + 1, pdf.PageCount);
            var rect = new XRect(PageWriter.Margin, page.Height.Point - PageWriter.Margin, page.Width.Point - 2 * PageWriter.Margin, 12);
            gfx.DrawString(text, font, XBrushes.Gray, rect, XStringFormats.TopLeft);
        }
    }
}
