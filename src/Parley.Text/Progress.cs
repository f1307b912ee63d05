namespace Parley.Text;

/// <summary>How far a text, or one article of it, has come: the figures the contract's <c>progress</c> prints.</summary>
/// <param name="Clauses">Clauses counted.</param>
/// <param name="Agreed">Clauses with no bracket.</param>
/// <param name="Bracketed">Clauses with at least one bracket.</param>
/// <param name="Brackets">Brackets open.</param>
public sealed record Progress(int Clauses, int Agreed, int Bracketed, int Brackets)
{
    /// <summary>Share of clauses agreed, 0 to 1 (1 for a text with no clauses).</summary>
    public double AgreedShare => Clauses == 0 ? 1 : (double)Agreed / Clauses;

    /// <summary>Figures for a set of clauses.</summary>
    public static Progress Of(IEnumerable<Clause> clauses)
    {
        ArgumentNullException.ThrowIfNull(clauses);
        int count = 0, agreed = 0, brackets = 0;
        foreach (var clause in clauses)
        {
            count++;
            var open = clause.BracketCount;
            brackets += open;
            if (open == 0)
                agreed++;
        }
        return new(count, agreed, count - agreed, brackets);
    }
}

/// <summary>Progress of one version: overall and per article.</summary>
/// <param name="Overall">The whole text.</param>
/// <param name="Articles">Each article, by number from 1.</param>
public sealed record TextProgress(Progress Overall, IReadOnlyList<(int Article, string Heading, Progress Progress)> Articles)
{
    /// <summary>Counts a version.</summary>
    public static TextProgress Of(NegotiatingText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new(
            Progress.Of(text.Articles.SelectMany(a => a.Clauses)),
            [.. text.Articles.Select((a, i) => (i + 1, a.Heading, Progress.Of(a.Clauses)))]);
    }
}
