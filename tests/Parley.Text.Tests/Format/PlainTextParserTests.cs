using Parley.Text.Format;

namespace Parley.Text.Tests.Format;

public sealed class PlainTextParserTests
{
    [Fact]
    public void Parse_contract_example_gives_articles_clauses_brackets_and_proposers()
    {
        var text = Samples.Parse(Samples.Contract);

        Assert.Equal("Memorandum on a ceasefire and humanitarian measures", text.Title);
        Assert.Equal(["Ceasefire", "Prisoners"], text.Articles.Select(a => a.Heading));
        var first = text.Find(new(1, 1))!;
        Assert.Equal(
            new Segment[]
            {
                new Words("The Parties shall observe a "),
                new Bracket(new Alternative[] { new("UA", "full and unconditional"), new("RU", "limited") }),
                new Words(" ceasefire "),
                new Bracket(new Alternative[] { new("UA", "of at least 30 days"), new("RU", "") }),
                new Words("."),
            },
            first.Segments);
        Assert.True(first.Brackets.Last().Alternatives[1].IsDeletion);
        var second = text.Find(new(1, 2))!;
        Assert.Equal(new Bracket(new Alternative[] { new(null, "the Parties jointly"), new("UA", "an international mission") }), second.Segments[1]);
        Assert.True(text.Find(new(2, 1))!.IsAgreed);
        Assert.Equal(new Progress(3, 1, 2, 3), TextProgress.Of(text).Overall);
    }

    [Fact]
    public void Parse_clause_right_after_heading_and_lines_of_a_block_joined_with_one_space()
    {
        var text = Samples.Parse("# T\n## Article 7. Heading here\nfirst line\n   second   line\n\n\n\nnext clause\n## Another\n\tlast");
        Assert.Equal("Heading here", text.Articles[0].Heading);
        Assert.Equal("Another", text.Articles[1].Heading);
        Assert.Equal(new Words("first line second line"), Assert.Single(text.Articles[0].Clauses[0].Segments));
        Assert.Equal(new Words("next clause"), Assert.Single(text.Articles[0].Clauses[1].Segments));
        Assert.Equal(new Words("last"), Assert.Single(text.Articles[1].Clauses[0].Segments));
    }

    [Fact]
    public void Parse_bracket_spanning_two_lines_of_a_block_is_one_bracket()
    {
        var text = Samples.Parse("# T\n## A\nThe [UA: full\nand unconditional | RU: limited] ceasefire.");
        Assert.Equal(new Alternative("UA", "full and unconditional"), text.Find(new(1, 1))!.Brackets.Single().Alternatives[0]);
    }

    [Theory]
    [InlineData("Ukraine", "UA")]
    [InlineData("russian federation", "RU")]
    [InlineData("Україна", "UA")]
    [InlineData("ru", "RU")]
    public void Parse_party_by_code_or_name_gives_iso_code(string written, string code)
    {
        var text = Samples.Parse($"# T\n## A\nx [{written}: words] y");
        Assert.Equal(new Alternative(code, "words"), text.Find(new(1, 1))!.Brackets.Single().Alternatives.Single());
    }

    [Fact]
    public void Parse_escapes_are_literal_characters()
    {
        var text = Samples.Parse(@"# T
## A
a \[b\] c \| d \\ e [UA: x \| y \] z]");
        var clause = text.Find(new(1, 1))!;
        Assert.Equal(new Words(@"a [b] c | d \ e "), clause.Segments[0]);
        Assert.Equal(new Alternative("UA", "x | y ] z"), clause.Brackets.Single().Alternatives.Single());
    }

    [Fact]
    public void Parse_chair_wording_with_lowercase_colon_prefix_stays_the_chairs()
    {
        var text = Samples.Parse("# T\n## A\n[the following: a, b | Article 5: c]");
        Assert.All(text.Find(new(1, 1))!.Brackets.Single().Alternatives, a => Assert.Null(a.Party));
    }

    [Fact]
    public void Parse_byte_order_mark_and_crlf_are_ignored()
    {
        Assert.Equal(Samples.Parse(Samples.Contract), Samples.Parse("\uFEFF" + Samples.Contract.Replace("\n", "\r\n", StringComparison.Ordinal)));
    }

    [Fact]
    public void Parse_unclosed_bracket_names_its_line_and_column()
    {
        var error = Samples.SingleError("# T\n## A\nThe Parties shall [UA: observe\n\nnext");
        Assert.Equal((3, 19), (error.Line, error.Column));
        Assert.Contains("not closed", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_nested_bracket_points_at_the_inner_one()
    {
        var error = Samples.SingleError("# T\n## A\nab [UA: x [RU: y] z]");
        Assert.Equal((3, 11), (error.Line, error.Column));
        Assert.Contains("do not nest", error.Reason, StringComparison.Ordinal);
        Assert.Contains("line 3, column 4", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_unknown_party_code_is_refused_with_its_position()
    {
        var error = Samples.SingleError("# T\n## A\nx\n\ny [UA: a |  XX: b]");
        Assert.Equal((5, 13), (error.Line, error.Column));
        Assert.Contains("'XX' is not a known party", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_unknown_party_name_is_refused()
    {
        Assert.Contains("'Narnia' is not a known party", Samples.SingleError("# T\n## A\n[Narnia: b]").Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#\n## A\nx", 1, "the title is empty")]
    [InlineData("# \n## A\nx", 1, "the title is empty")]
    [InlineData("\n\n## A\nx", 3, "must start with a title")]
    [InlineData("Just words\n## A\nx", 1, "must start with a title")]
    [InlineData("", 1, "no title")]
    [InlineData("# T\nstray clause", 2, "must follow an article heading")]
    [InlineData("# T\n## A\nx\n# Again", 4, "a second title")]
    [InlineData("# T\n## Article 3.", 2, "heading is empty")]
    [InlineData("# T\n## A\nx ] y", 3, "closes no bracket")]
    [InlineData("# T\n## A\nx [ ] y", 3, "bracket is empty")]
    public void Parse_malformed_text_is_refused_with_line_and_reason(string source, int line, string reason)
    {
        var error = Samples.SingleError(source);
        Assert.Equal(line, error.Line);
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_reports_every_problem_in_file_order()
    {
        var result = PlainTextParser.Parse("# T\n## A\n[XX: a]\n\n[b\n\nc]");
        Assert.Equal([3, 5, 7], result.Errors.Select(e => e.Line));
    }

    [Fact]
    public void Parse_too_long_or_binary_input_is_refused_up_front()
    {
        Assert.Contains("limit is 100", PlainTextParser.Parse("# T\n## A\n" + new string('x', 200), maxChars: 100).Errors.Single().Reason, StringComparison.Ordinal);
        Assert.Contains("not a plain-text file", Samples.SingleError("# T\n## A\nPK\0\u0003").Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void GetValueOrThrow_on_failure_throws_with_every_error()
    {
        var e = Assert.Throws<TextFormatException>(() => PlainTextParser.Parse("# T\n## A\n[a").GetValueOrThrow());
        Assert.Equal("line 3, column 1: this '[' is not closed before the clause ends (a blank line ends a clause)", e.Message);
    }

    [Fact]
    public void Parse_localised_article_labels_are_not_part_of_the_heading()
    {
        var text = Samples.Parse("# Т\n## Стаття 1. Припинення вогню\nx\n## Статья 2. Пленные\ny");
        Assert.Equal(["Припинення вогню", "Пленные"], text.Articles.Select(a => a.Heading));
    }
}
