using Parley.Text.Format;

namespace Parley.Text.Tests.Format;

public sealed class ClauseParseTests
{
    [Fact]
    public void ParseClause_lines_joined_brackets_and_proposers_read()
    {
        var (clause, errors) = PlainTextParser.ParseClause("The Parties shall observe a\n  [UA: full | RU: limited] ceasefire.");
        Assert.Empty(errors);
        Assert.Equal("The Parties shall observe a [UA: full | RU: limited] ceasefire.", PlainTextWriter.WriteClause(clause!));
        Assert.Equal(["UA", "RU"], clause!.Proposers);
    }

    [Theory]
    [InlineData("", 1, 1, "empty")]
    [InlineData("one\n\ntwo", 2, 1, "blank line")]
    [InlineData("words\n## Article 2. X", 2, 1, "heading")]
    [InlineData("a [UA: b", 1, 3, "not closed")]
    [InlineData("a\nb [XX: c]", 2, 4, "not a known party")]
    public void ParseClause_malformed_names_line_column_and_reason(string source, int line, int column, string reason)
    {
        var (clause, errors) = PlainTextParser.ParseClause(source);
        Assert.Null(clause);
        var error = errors[0];
        Assert.Equal((line, column), (error.Line, error.Column));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Reopen_an_agreed_clause_brackets_the_chairs_words_beside_the_partys()
    {
        var text = PlainTextParser.Parse("# T\n\n## A\nAll for all.\n").GetValueOrThrow();
        var reopened = TextEdits.Reopen(text, new ClauseNumber(1, 1), new Alternative("RU", "1,000 for 1,000"));
        Assert.Equal("[All for all. | RU: 1,000 for 1,000]", PlainTextWriter.WriteClause(reopened.Find(new ClauseNumber(1, 1))!));
        Assert.Throws<ArgumentException>(() => TextEdits.Reopen(reopened, new ClauseNumber(1, 1), new Alternative("UA", "x")));
    }
}
