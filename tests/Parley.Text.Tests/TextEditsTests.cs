using Parley.Text.Format;

namespace Parley.Text.Tests;

public sealed class TextEditsTests
{
    private static readonly NegotiatingText Draft = Samples.Parse(Samples.Contract);

    [Fact]
    public void Resolve_chosen_wordings_become_agreed_words_and_a_deletion_leaves_no_double_space()
    {
        var text = TextEdits.Resolve(Draft, new Dictionary<BracketRef, int> { [new(new(1, 1), 1)] = 0, [new(new(1, 1), 2)] = 1 });
        Assert.Equal("The Parties shall observe a full and unconditional ceasefire .", PlainTextWriter.WriteClause(text.Find(new(1, 1))!));
        Assert.True(text.Find(new(1, 1))!.IsAgreed);
        Assert.Equal(text, Samples.Parse(PlainTextWriter.Write(text)));
        Assert.Equal(Draft.Find(new(1, 2)), text.Find(new(1, 2)));
    }

    [Fact]
    public void Resolve_a_missing_bracket_or_wording_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TextEdits.Resolve(Draft, new BracketRef(new(1, 1), 3), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextEdits.Resolve(Draft, new BracketRef(new(1, 1), 1), 2));
        Assert.Throws<ArgumentOutOfRangeException>(() => TextEdits.Resolve(Draft, new BracketRef(new(9, 1), 1), 0));
    }

    [Fact]
    public void FoldIn_replaces_the_same_partys_wording_or_adds_a_new_one()
    {
        var at = new BracketRef(new(1, 2), 1);
        var ru = TextEdits.FoldIn(Draft, at, new Alternative("RU", "the OSCE"));
        Assert.Equal("The ceasefire shall be monitored by [the Parties jointly | UA: an international mission | RU: the OSCE].", PlainTextWriter.WriteClause(ru.Find(new(1, 2))!));
        var ua = TextEdits.FoldIn(ru, at, new Alternative("UA", "the UN"));
        Assert.Equal("The ceasefire shall be monitored by [the Parties jointly | UA: the UN | RU: the OSCE].", PlainTextWriter.WriteClause(ua.Find(new(1, 2))!));
    }

    [Fact]
    public void BracketRef_reads_back_what_it_writes()
    {
        Assert.True(BracketRef.TryParse("12.3/4", out var r));
        Assert.Equal("12.3/4", r.ToString());
        Assert.False(BracketRef.TryParse("1.0/1", out _));
        Assert.False(BracketRef.TryParse("1.1", out _));
        Assert.Equal(3, TextEdits.Brackets(Draft).Count());
    }
}
