using System.Globalization;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Parley.Reports;

/// <summary>Renders a printable exchange manifest or confirmation as PDF.</summary>
public static class ExchangePdf
{
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
        using (var w = new PageWriter(pdf, p => p.Text($"{doc.Title} · {doc.BatchId}", small, 8)))
        {
            w.Text(doc.Title, title, 6);
            w.Text($"Batch {doc.BatchId} · {doc.FirstParty} ⇄ {doc.SecondParty}", heading);
            w.Text($"Manifest SHA-256: {doc.ManifestHash}", body);
            w.Text(Checkpoint(doc.Checkpoint), body);
            w.Rule();

            w.Text("Agreed terms", heading);
            foreach (var term in doc.Terms)
                w.Text(term, body, 2);
            w.Space(4);
            w.Text("Counts", heading);
            foreach (var (party, category, count) in doc.Counts)
                w.Text(string.Create(CultureInfo.InvariantCulture, $"{party} releases {count} ({category})"), body, 2);
            w.Space(4);

            w.Text("Signatures", heading);
            if (doc.Signatures.Count == 0)
                w.Text("No signatures yet.", body);
            foreach (var s in doc.Signatures)
                w.Text($"{s.Party}: key {s.KeyName}, {s.SignedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC — {(s.Verified ? "verified" : "NOT VERIFIED")}", body, 2);
            w.Rule();

            w.Text($"Persons ({doc.Persons.Count})", heading);
            w.Row(["From", "Category", "Name", "Born", "Priority", "Commitment", "Outcome"], PersonColumns, small, shaded: true);
            foreach (var p in doc.Persons)
                w.Row([p.ReleasedBy, p.Category, p.Name, p.DateOfBirth ?? "", p.Priority, p.Commitment[..Math.Min(12, p.Commitment.Length)], p.Outcome ?? ""], PersonColumns, body);
        }

        Footers(pdf, doc, small);
        using var output = new MemoryStream();
        pdf.Save(output, false);
        return output.ToArray();
    }

    private static string Checkpoint(CheckpointLine? c) => c is null
        ? "Not yet in a signed checkpoint of the log."
        : string.Create(CultureInfo.InvariantCulture, $"In log {c.Origin} at entry {c.EntryIndex}; checkpoint size {c.Size}, root {c.RootHash}");

    private static void Footers(PdfDocument pdf, ExchangeDocument doc, XFont font)
    {
        for (var i = 0; i < pdf.PageCount; i++)
        {
            var page = pdf.Pages[i];
            using var gfx = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var text = string.Create(CultureInfo.InvariantCulture,
                $"Printed {doc.PrintedAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC by {doc.PrintedBy} · manifest {doc.ManifestHash[..Math.Min(16, doc.ManifestHash.Length)]} · page {i + 1} of {pdf.PageCount}");
            var rect = new XRect(PageWriter.Margin, page.Height.Point - PageWriter.Margin, page.Width.Point - 2 * PageWriter.Margin, 12);
            gfx.DrawString(text, font, XBrushes.Gray, rect, XStringFormats.TopLeft);
        }
    }
}
