using CsCheck;
using Parley.Text.Format;

namespace Parley.Text.Tests.Format;

public sealed class RoundTripTests
{
    [Fact]
    public void Parse_of_write_gives_the_same_text_for_random_texts()
    {
        TextGen.Text.Sample(text =>
        {
            var written = PlainTextWriter.Write(text);
            var back = PlainTextParser.Parse(written);
            return back.Succeeded && back.Text!.Equals(text);
        }, iter: 2000);
    }

    [Fact]
    public void Write_of_parse_is_a_fixed_point_for_random_texts_in_every_language()
    {
        Gen.Select(TextGen.Text, Gen.OneOf([.. TextLanguage.All])).Sample((text, language) =>
        {
            var once = PlainTextWriter.Write(text, language);
            var twice = PlainTextWriter.Write(PlainTextParser.Parse(once).GetValueOrThrow(), language);
            return once == twice;
        }, iter: 1000);
    }

    [Fact]
    public void VersionHash_is_equal_exactly_when_texts_are_equal_for_random_pairs()
    {
        Gen.Select(TextGen.Text, TextGen.Text).Sample((a, b) => a.Equals(b) == (VersionHash.Of(a) == VersionHash.Of(b)), iter: 500);
    }

    [Fact]
    public void Parse_never_throws_on_random_garbage()
    {
        Gen.String[Gen.Char["#[]|\\: \nUAR-xé"], 0, 80].Sample(s =>
        {
            var result = PlainTextParser.Parse(s);
            return result.Succeeded || result.Errors.All(e => e.Line >= 1 && e.Column >= 1 && e.Reason.Length > 0);
        }, iter: 5000);
    }
}
