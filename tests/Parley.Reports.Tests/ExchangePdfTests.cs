using System.Diagnostics;

namespace Parley.Reports.Tests;

public sealed class ExchangePdfTests
{
    private static ExchangeDocument Document(int persons) => new(
        "Exchange manifest",
        "2025-07-23-pow",
        "UA",
        "RU",
        ["military 1:1, total 1200"],
        [("UA", "military", persons / 2), ("RU", "military", persons - persons / 2)],
        new string('e', 64),
        [new SignatureLine("UA", "ukraine.mod", new DateTimeOffset(2025, 7, 22, 9, 0, 0, TimeSpan.Zero), true)],
        new CheckpointLine("parley.local/log", 4242, "q1w2e3r4t5y6u7i8o9p0AbCdEfGhIjKlMnOpQrStUvW=", 4100),
        Enumerable.Range(0, persons).Select(i => new PersonLine(
            i % 2 == 0 ? "UA" : "RU",
            "military",
            i % 2 == 0 ? "Шевченко Олександр Іванович" : $"Иванов-{i} Алексей Петрович",
            "1994-03-12",
            i % 7 == 0 ? "wounded" : "-",
            $"{i:x4}" + new string('c', 60),
            null)).ToList(),
        new DateTimeOffset(2025, 7, 22, 10, 0, 0, TimeSpan.Zero),
        "officer@host.example");

    private static string PdfToText(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, pdf);
        try
        {
            using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-enc", "UTF-8", path, "-"]) { RedirectStandardOutput = true })!;
            var text = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.Equal(0, process.ExitCode);
            return text;
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Render_prints_cyrillic_names_hash_and_checkpoint()
    {
        var text = PdfToText(ExchangePdf.Render(Document(4)));
        Assert.Contains("Шевченко Олександр Іванович", text, StringComparison.Ordinal);
        Assert.Contains("Иванов-1 Алексей Петрович", text, StringComparison.Ordinal);
        Assert.Contains(new string('e', 64), text, StringComparison.Ordinal);
        Assert.Contains("checkpoint size 4242", text, StringComparison.Ordinal);
        Assert.Contains("UA: key ukraine.mod", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_prints_the_status_with_its_differences_on_a_band()
    {
        var plain = ExchangePdf.Render(Document(4) with { Status = "confirmed by both sides" });
        var differs = ExchangePdf.Render(Document(4) with { Status = "confirmed by both sides — 1 listed but not received", StatusDiffers = true });
        Assert.Contains("confirmed by both sides — 1 listed but not received", PdfToText(differs), StringComparison.Ordinal);
        Assert.Contains("confirmed by both sides", PdfToText(plain), StringComparison.Ordinal);
        // The band is a filled rectangle in the page's content: the plain status has none of that colour.
        Assert.Contains("0.973 0.871 0.784 rg", Content(differs), StringComparison.Ordinal);
        Assert.DoesNotContain("0.973 0.871 0.784 rg", Content(plain), StringComparison.Ordinal);
    }

    private static string Content(byte[] pdf)
    {
        using var document = PdfSharp.Pdf.IO.PdfReader.Open(new MemoryStream(pdf), PdfSharp.Pdf.IO.PdfDocumentOpenMode.Import);
        var page = document.Pages[0];
        return string.Concat(page.Contents.Elements.Select(e => System.Text.Encoding.Latin1.GetString(((PdfSharp.Pdf.PdfDictionary)((PdfSharp.Pdf.Advanced.PdfReference)e).Value).Stream.UnfilteredValue)));
    }

    [Fact]
    public void Render_long_list_breaks_pages_and_numbers_them()
    {
        var text = PdfToText(ExchangePdf.Render(Document(150)));
        Assert.Contains("Иванов-149 Алексей Петрович", text, StringComparison.Ordinal);
        Assert.Contains("page 1 of ", text, StringComparison.Ordinal);
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(pages >= 3, $"150 persons should take several pages, got {pages}");
        Assert.Contains($"page {pages} of {pages}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_long_name_wraps_instead_of_being_cut()
    {
        const string name = "Кривошапко-Задунайська Олександра-Вікторія Володимирівна";
        var doc = Document(2);
        doc = doc with { Persons = [doc.Persons[0] with { Name = name }] };
        var words = PdfToText(ExchangePdf.Render(doc)).Split((char[])[' ', '\n', '\f'], StringSplitOptions.RemoveEmptyEntries);
        Assert.All(name.Split(' '), part => Assert.Contains(part, words));
    }

    [Fact]
    public void Render_unsigned_unlogged_manifest_says_so()
    {
        var doc = Document(2) with { Signatures = [], Checkpoint = null };
        var text = PdfToText(ExchangePdf.Render(doc));
        Assert.Contains("No signatures yet.", text, StringComparison.Ordinal);
        Assert.Contains("Not yet in a signed checkpoint", text, StringComparison.Ordinal);
    }
}
