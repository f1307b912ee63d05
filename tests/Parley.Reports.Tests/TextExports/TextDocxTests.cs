using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Parley.Reports.TextExports;
using Parley.Text;

namespace Parley.Reports.Tests.TextExports;

public sealed class TextDocxTests
{
    [Theory]
    [InlineData(TextSamples.English, "en")]
    [InlineData(TextSamples.Ukrainian, "uk")]
    public void Render_then_import_gives_the_same_text(string source, string language)
    {
        var text = TextSamples.Parse(source);
        var docx = TextDocx.Render(new TextExport(text, 3, TextLanguage.Find(language)!, "parley.local/log 17"));
        var back = TextDocxImport.Read(docx);
        Assert.True(back.Succeeded, string.Join("; ", back.Errors));
        Assert.Equal(text, back.Text);
    }

    [Fact]
    public void Render_shows_proposers_in_colour_and_carries_hash_and_checkpoint()
    {
        var export = new TextExport(TextSamples.Parse(TextSamples.English), 3, TextLanguage.English, "parley.local/log 17");
        using var doc = WordprocessingDocument.Open(new MemoryStream(TextDocx.Render(export)), false);
        var body = doc.MainDocumentPart!.Document!.Body!;
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText.Contains(export.Hash, StringComparison.Ordinal));
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText.Contains("parley.local/log 17", StringComparison.Ordinal));
        Assert.Equal(export.Hash, doc.PackageProperties.Subject);
        var ua = body.Descendants<Run>().First(r => r.InnerText == "UA: ");
        Assert.Equal("1F4E9A", ua.RunProperties!.Color!.Val!.Value);
        var limited = body.Descendants<Run>().First(r => r.InnerText == "limited");
        Assert.Equal("A4262C", limited.RunProperties!.Color!.Val!.Value);
        Assert.Contains(body.Descendants<Paragraph>(), p => p.InnerText == "1.1 The Parties shall observe a [UA: full and unconditional | RU: limited] ceasefire [UA: of at least 30 days | RU: ].");
    }

    [Fact]
    public void Read_a_drafters_document_with_brackets_split_across_runs()
    {
        var docx = Drafted(
            ("Title", ["Draft memorandum"]),
            (null, ["Article 1. Ceasefire"]),
            (null, ["The Parties shall observe a [UA: full", " and unconditional | ", "Russia: limited] ceasefire."]),
            (null, [""]),
            ("Heading1", ["Prisoners"]),
            (null, ["All for all."]));
        var text = TextDocxImport.Read(docx).GetValueOrThrow();
        Assert.Equal("Draft memorandum", text.Title);
        Assert.Equal(["Ceasefire", "Prisoners"], text.Articles.Select(a => a.Heading));
        Assert.Equal([new Alternative("UA", "full and unconditional"), new Alternative("RU", "limited")], text.Find(new(1, 1))!.Brackets.Single().Alternatives);
    }

    [Fact]
    public void Read_without_styles_takes_the_first_paragraph_as_title()
    {
        var text = TextDocxImport.Read(Drafted((null, ["Plain memo"]), (null, ["Стаття 1. Обмін"]), (null, ["Всіх на всіх."]))).GetValueOrThrow();
        Assert.Equal(("Plain memo", "Обмін"), (text.Title, text.Articles[0].Heading));
    }

    [Fact]
    public void Read_unknown_party_or_unclosed_bracket_names_the_paragraph()
    {
        var result = TextDocxImport.Read(Drafted(("Title", ["T"]), ("Heading1", ["A"]), (null, ["ok"]), (null, ["x [XX: y]"])));
        var error = Assert.Single(result.Errors);
        Assert.Equal(4, error.Line);
        Assert.StartsWith("paragraph 4: 'XX' is not a known party", error.Reason, StringComparison.Ordinal);
        Assert.Contains("not closed", TextDocxImport.Read(Drafted(("Title", ["T"]), ("Heading1", ["A"]), (null, ["x [UA: y"]))).Errors.Single().Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_something_that_is_not_a_docx_is_refused_with_a_reason()
    {
        Assert.Contains("not a DOCX", TextDocxImport.Read("# T\n## A\nx"u8).Errors.Single().Reason, StringComparison.Ordinal);
        using var zip = new MemoryStream();
        using (var archive = new ZipArchive(zip, ZipArchiveMode.Create, true))
            archive.CreateEntry("hello.txt");
        Assert.Contains("not a readable DOCX", TextDocxImport.Read(zip.ToArray()).Errors.Single().Reason, StringComparison.Ordinal);
        Assert.Contains("limit is", TextDocxImport.Read(new byte[TextDocxImport.MaxBytes + 1]).Errors.Single().Reason, StringComparison.Ordinal);
    }

    private static byte[] Drafted(params (string? Style, string[] Runs)[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p =>
            {
                var paragraph = new Paragraph();
                if (p.Style is not null)
                    paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = p.Style }));
                paragraph.Append(p.Runs.Select(r => new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(r) { Space = SpaceProcessingModeValues.Preserve })));
                return paragraph;
            })));
        }
        return stream.ToArray();
    }
}
