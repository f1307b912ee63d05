using Parley.Application.Text.Seed;
using Parley.Text;
using Parley.Text.Compare;
using Parley.Text.Format;

namespace Parley.Application.Tests.Text;

public sealed class DemoTextTests
{
    private static NegotiatingText Parse(string source) => PlainTextParser.Parse(source).GetValueOrThrow();

    [Fact]
    public void Demo_three_rounds_memoranda_open_brackets_and_round_three_closes_some()
    {
        var (v1, v2, v3) = (Parse(DemoText.Round1), Parse(DemoText.Round2), Parse(DemoText.Round3));
        Assert.StartsWith("Illustrative draft", v1.Title, StringComparison.Ordinal);
        Assert.All(new[] { v1, v2, v3 }, v => Assert.Equal(["RU", "UA"], v.Proposers));
        var opened = Redline.Between(v1, v2);
        var closed = Redline.Between(v2, v3);
        Assert.True(opened.BracketsOpened > opened.BracketsClosed, "the memoranda add alternatives");
        Assert.True(closed.BracketsClosed >= 2, $"round 3 closes brackets (closed {closed.BracketsClosed})");
        Assert.True(TextProgress.Of(v3).Overall.Agreed > TextProgress.Of(v2).Overall.Agreed);
        Assert.False(v3.IsFullyAgreed);
        foreach (var topic in new[] { "ceasefire", "all for all", "civilian", "children", "humanitarian pauses", "leaders", "NATO", "armed forces", "Crimea" })
            Assert.Contains(topic, PlainTextWriter.Write(v3), StringComparison.OrdinalIgnoreCase);
    }
}
