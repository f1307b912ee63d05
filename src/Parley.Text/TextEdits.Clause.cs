namespace Parley.Text;

public static partial class TextEdits
{
    /// <summary>
    /// A party's alternative to a clause that has no bracket: the whole clause becomes one bracket holding the chair's
    /// wording as it stands and the party's beside it (the clause is bracketed again until a round cleans it).
    /// </summary>
    /// <param name="text">The version to edit.</param>
    /// <param name="number">The clause.</param>
    /// <param name="wording">The party's wording (its party recorded as the proposer).</param>
    public static NegotiatingText Reopen(NegotiatingText text, ClauseNumber number, Alternative wording)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(wording);
        var clause = text.Find(number) ?? throw new ArgumentOutOfRangeException(nameof(number), number, "The text has no such clause.");
        if (!clause.IsAgreed)
            throw new ArgumentException($"Clause {number} already has brackets: propose a wording for one of them.", nameof(number));
        var words = string.Concat(clause.Segments.OfType<Words>().Select(w => w.Text));
        return text.WithClause(number, new Clause([new Bracket([new Alternative(null, words), wording])]));
    }
}
