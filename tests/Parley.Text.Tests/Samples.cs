using Parley.Text.Format;

namespace Parley.Text.Tests;

internal static class Samples
{
    /// <summary>The contract's example, verbatim.</summary>
    public const string Contract = """
        # Memorandum on a ceasefire and humanitarian measures

        ## Article 1. Ceasefire
        The Parties shall observe a [UA: full and unconditional | RU: limited] ceasefire [UA: of at least 30 days | RU: ].

        The ceasefire shall be monitored by [the Parties jointly | UA: an international mission].

        ## Article 2. Prisoners
        The Parties shall exchange all prisoners of war on the principle of "all for all".
        """;

    public static NegotiatingText Parse(string source) => PlainTextParser.Parse(source).GetValueOrThrow();

    public static TextParseError SingleError(string source)
    {
        var result = PlainTextParser.Parse(source);
        Assert.False(result.Succeeded);
        Assert.Null(result.Text);
        return Assert.Single(result.Errors);
    }
}
