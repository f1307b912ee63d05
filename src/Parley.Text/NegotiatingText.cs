namespace Parley.Text;

/// <summary>
/// The single negotiating text: the chair's one draft agreement, with words not agreed in brackets and
/// each party's wordings beside them (Fisher's single-text procedure). One value is one version in one
/// language; it is immutable, so versions can be kept side by side and compared.
/// </summary>
/// <param name="Title">The title; never empty.</param>
/// <param name="Articles">The articles, numbered from 1 by position.</param>
public sealed record NegotiatingText(string Title, ValueList<Article> Articles)
{
    /// <summary>Every clause with its number, in reading order.</summary>
    public IEnumerable<(ClauseNumber Number, Clause Clause)> Clauses =>
        Articles.SelectMany((a, ai) => a.Clauses.Select((c, ci) => (new ClauseNumber(ai + 1, ci + 1), c)));

    /// <summary>The clause at <paramref name="number"/>, or null when the text has none there.</summary>
    public Clause? Find(ClauseNumber number) =>
        number.Article >= 1 && number.Article <= Articles.Count
        && number.Position >= 1 && number.Position <= Articles[number.Article - 1].Clauses.Count
            ? Articles[number.Article - 1].Clauses[number.Position - 1]
            : null;

    /// <summary>
    /// "Nothing is agreed until everything is agreed": true only when no bracket is open anywhere in the
    /// text.
    /// </summary>
    public bool IsFullyAgreed => Clauses.All(c => c.Clause.IsAgreed);

    /// <summary>Every party that proposed a wording anywhere, ordered by code.</summary>
    public IReadOnlyList<string> Proposers =>
        [.. Articles.SelectMany(a => a.Clauses).SelectMany(c => c.Proposers).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>Returns a copy with the clause at <paramref name="number"/> replaced.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The text has no clause there.</exception>
    public NegotiatingText WithClause(ClauseNumber number, Clause clause)
    {
        ArgumentNullException.ThrowIfNull(clause);
        if (Find(number) is null)
            throw new ArgumentOutOfRangeException(nameof(number), number, "The text has no such clause.");
        var article = Articles[number.Article - 1];
        var clauses = article.Clauses.ToArray();
        clauses[number.Position - 1] = clause;
        var articles = Articles.ToArray();
        articles[number.Article - 1] = article with { Clauses = clauses };
        return this with { Articles = articles };
    }
}
