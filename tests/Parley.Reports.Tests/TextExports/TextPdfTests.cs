using Parley.Reports.TextExports;
using Parley.Text;

namespace Parley.Reports.Tests.TextExports;

public sealed class TextPdfTests
{
    [Fact]
    public void Render_prints_cyrillic_brackets_proposers_and_hash()
    {
        var export = new TextExport(TextSamples.Parse(TextSamples.Ukrainian), 2, TextLanguage.Ukrainian, "parley.local/log 17", "Ілюстративний проєкт");
        var text = PdfText.Of(TextPdf.Render(export));
        Assert.Contains("Меморандум про припинення вогню", text, StringComparison.Ordinal);
        Assert.Contains("Стаття 1. Припинення вогню", text, StringComparison.Ordinal);
        Assert.Contains("[UA: повного і безумовного | RU: обмеженого]", text.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains(export.Hash, text, StringComparison.Ordinal);
        Assert.Contains("Контрольна точка журналу: parley.local/log 17", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_long_text_breaks_pages_and_footers_carry_the_hash()
    {
        var clauses = string.Join("\n\n", Enumerable.Range(1, 120).Select(i => $"Clause {i} of the text [UA: wording {i} | RU: другая редакция {i}]."));
        var export = new TextExport(TextSamples.Parse("# Long\n## A\n" + clauses), 5, TextLanguage.English);
        var text = PdfText.Of(TextPdf.Render(export));
        var pages = text.Split('\f', StringSplitOptions.RemoveEmptyEntries).Length;
        Assert.True(pages >= 3, $"120 clauses should take several pages, got {pages}");
        Assert.Contains($"Version 5 · {export.Hash[..16]} · {pages} / {pages}", text, StringComparison.Ordinal);
        Assert.Contains("другая редакция 120", text, StringComparison.Ordinal);
    }
}
