using System.Security.Cryptography;
using System.Text;
using Parley.Text.Format;

namespace Parley.Text.Tests.Format;

public sealed class PlainTextWriterTests
{
    [Fact]
    public void Write_contract_example_gives_it_back_verbatim()
    {
        Assert.Equal(Samples.Contract + "\n", PlainTextWriter.Write(Samples.Parse(Samples.Contract)));
    }

    [Fact]
    public void Write_escapes_special_characters_so_they_read_back()
    {
        var text = new NegotiatingText("T", [new Article("A", [new Clause([new Words(@"a [b] | \ c "), new Bracket([new Alternative("RU", "]|[")])])])]);
        var written = PlainTextWriter.Write(text);
        Assert.Contains(@"a \[b\] \| \\ c [RU: \]\|\[]", written, StringComparison.Ordinal);
        Assert.Equal(text, Samples.Parse(written));
    }

    [Fact]
    public void Write_in_ukrainian_labels_articles_in_ukrainian_and_reads_back_the_same()
    {
        var text = Samples.Parse(Samples.Contract);
        var uk = PlainTextWriter.Write(text, TextLanguage.Ukrainian);
        Assert.Contains("## Стаття 2. Prisoners", uk, StringComparison.Ordinal);
        Assert.Equal(text, Samples.Parse(uk));
    }

    [Fact]
    public void VersionHash_is_sha256_of_the_english_plain_text_export()
    {
        var text = Samples.Parse(Samples.Contract);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(PlainTextWriter.Write(text))));
        Assert.Equal(expected, VersionHash.Of(text));
        Assert.Equal(64, expected.Length);
    }

    [Fact]
    public void VersionHash_ignores_layout_but_not_words_or_proposers()
    {
        var text = Samples.Parse(Samples.Contract);
        var relaid = Samples.Parse(Samples.Contract.Replace("ceasefire [UA:", "ceasefire\n   [UA:", StringComparison.Ordinal).Replace("\n\n", "\n\n\n", StringComparison.Ordinal));
        Assert.Equal(VersionHash.Of(text), VersionHash.Of(relaid));
        Assert.NotEqual(VersionHash.Of(text), VersionHash.Of(Samples.Parse(Samples.Contract.Replace("RU: limited", "UA: limited", StringComparison.Ordinal))));
        Assert.NotEqual(VersionHash.Of(text), VersionHash.Of(Samples.Parse(Samples.Contract.Replace("jointly", "together", StringComparison.Ordinal))));
    }
}
