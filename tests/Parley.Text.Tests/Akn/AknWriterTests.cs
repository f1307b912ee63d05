using System.Text;
using System.Xml.Linq;
using CsCheck;
using Parley.Text.Akn;

namespace Parley.Text.Tests.Akn;

public sealed class AknWriterTests
{
    private static readonly AknExportOptions Options = new("istanbul-memorandum", 3, new DateOnly(2025, 7, 23), TextLanguage.English, "parley.local/log 4242 q1w2e3=");

    [Fact]
    public void Write_contract_example_is_valid_against_the_oasis_schema()
    {
        var xml = AknWriter.Write(Samples.Parse(Samples.Contract), Options);
        Assert.Empty(AknSchema.Validate(xml));
    }

    [Fact]
    public void Write_has_an_article_per_article_a_paragraph_per_clause_and_parties_as_organisations()
    {
        var text = Samples.Parse(Samples.Contract);
        var doc = XDocument.Parse(Encoding.UTF8.GetString(AknWriter.Write(text, Options)));
        XNamespace akn = AknWriter.Namespace;
        var body = doc.Root!.Element(akn + "act")!.Element(akn + "body")!;
        Assert.Equal(["art_1", "art_2"], body.Elements(akn + "article").Select(a => (string)a.Attribute("eId")!));
        Assert.Equal(["art_1__para_1", "art_1__para_2", "art_2__para_1"], body.Descendants(akn + "paragraph").Select(p => (string)p.Attribute("eId")!));
        var organisations = doc.Descendants(akn + "TLCOrganization").Select(o => (string)o.Attribute("eId")!).ToList();
        Assert.Contains("ua", organisations);
        Assert.Contains("ru", organisations);
        Assert.Equal(VersionHash.Of(text), (string)doc.Descendants(XName.Get("version", AknWriter.ParleyNamespace)).Single().Attribute("hash")!);
        Assert.Equal("parley.local/log 4242 q1w2e3=", (string)doc.Descendants(XName.Get("version", AknWriter.ParleyNamespace)).Single().Attribute("checkpoint")!);
    }

    [Fact]
    public void Write_in_russian_labels_articles_and_language_in_russian()
    {
        var text = Samples.Parse("# Меморандум\n## Прекращение огня\nСтороны соблюдают [RU: ограниченное | UA: полное] прекращение огня.");
        var xml = AknWriter.Write(text, Options with { Language = TextLanguage.Russian });
        Assert.Empty(AknSchema.Validate(xml));
        var s = Encoding.UTF8.GetString(xml);
        Assert.Contains("<num>Статья 1.</num>", s, StringComparison.Ordinal);
        Assert.Contains("language=\"rus\"", s, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_of_write_gives_the_same_text_and_every_export_validates_for_random_texts()
    {
        TextGen.Text.Sample(text =>
        {
            var xml = AknWriter.Write(text, Options);
            Assert.Empty(AknSchema.Validate(xml));
            Assert.Equal(Parley.Text.Format.PlainTextWriter.Write(text), Parley.Text.Format.PlainTextWriter.Write(AknReader.Read(xml).GetValueOrThrow()));
            Assert.Equal(text, AknReader.Read(xml).Text);
        }, iter: 300);
    }

    [Fact]
    public void Validate_rejects_a_document_that_breaks_the_schema()
    {
        var xml = Encoding.UTF8.GetString(AknWriter.Write(Samples.Parse(Samples.Contract), Options)).Replace("<inline eId=\"art_1__para_1__brkt_1\"", "<bracket eId=\"x\"><inline", StringComparison.Ordinal).Replace("limited</inline></inline>", "limited</inline></inline></bracket>", StringComparison.Ordinal);
        var problems = AknSchema.Validate(Encoding.UTF8.GetBytes(xml));
        Assert.True(problems.Exists(p => p.Contains("bracket", StringComparison.Ordinal)), string.Join("\n", problems));
    }

    [Fact]
    public void Read_malformed_or_foreign_xml_is_refused_with_position()
    {
        var broken = AknReader.Read("<akomaNtoso><act>"u8);
        Assert.False(broken.Succeeded);
        Assert.True(broken.Errors[0].Line >= 1);
        Assert.Contains("not an Akoma Ntoso", AknReader.Read("<html/>"u8).Errors.Single().Reason, StringComparison.Ordinal);
        Assert.Contains("DTD", AknReader.Read("<!DOCTYPE x [<!ENTITY a 'b'>]><x>&a;</x>"u8).Errors.Single().Reason, StringComparison.Ordinal);
    }
}
