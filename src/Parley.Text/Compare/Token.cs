namespace Parley.Text.Compare;

/// <summary>What a redline token stands for.</summary>
public enum TokenKind
{
    /// <summary>A word (punctuation stays attached).</summary>
    Word,

    /// <summary>A bracket opens.</summary>
    Open,

    /// <summary>The proposer of the alternative that follows; empty for the chair.</summary>
    Proposer,

    /// <summary>Between two alternatives.</summary>
    Separator,

    /// <summary>A bracket closes.</summary>
    Close,
}

/// <summary>One unit of a word-level redline.</summary>
/// <param name="Kind">What it stands for.</param>
/// <param name="Text">The word, or the party code for <see cref="TokenKind.Proposer"/>.</param>
public readonly record struct Token(TokenKind Kind, string Text)
{
    /// <summary>Splits a clause into words and bracket marks.</summary>
    public static List<Token> Of(Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        var tokens = new List<Token>();
        foreach (var segment in clause.Segments)
        {
            if (segment is Words w)
            {
                AddWords(tokens, w.Text);
                continue;
            }
            tokens.Add(new(TokenKind.Open, "["));
            var alternatives = ((Bracket)segment).Alternatives;
            for (var i = 0; i < alternatives.Count; i++)
            {
                if (i > 0)
                    tokens.Add(new(TokenKind.Separator, "|"));
                tokens.Add(new(TokenKind.Proposer, alternatives[i].Party ?? ""));
                AddWords(tokens, alternatives[i].Text);
            }
            tokens.Add(new(TokenKind.Close, "]"));
        }
        return tokens;
    }

    private static void AddWords(List<Token> tokens, string text)
    {
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            tokens.Add(new(TokenKind.Word, word));
    }
}
