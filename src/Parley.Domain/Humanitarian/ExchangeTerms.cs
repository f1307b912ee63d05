namespace Parley.Domain.Humanitarian;

/// <summary>
/// What the parties agreed for one category: <paramref name="FirstCount"/> persons released by the
/// first party for every <paramref name="SecondCount"/> released by the second (1:1 for N-for-N), and
/// optionally the exact total each side releases ("1,200 for 1,200").
/// </summary>
public sealed record CategoryTerms(PersonCategory Category, int FirstCount, int SecondCount, int? FirstTotal = null)
{
    /// <summary>Whether the counts each side releases keep the agreed ratio, and the total when one was agreed.</summary>
    public bool Balanced(int firstReleased, int secondReleased) =>
        (long)firstReleased * SecondCount == (long)secondReleased * FirstCount
        && (FirstTotal is null || firstReleased == FirstTotal);
}

/// <summary>The agreed terms of one exchange between two parties (ISO codes), per category.</summary>
public sealed record ExchangeTerms(string FirstParty, string SecondParty, IReadOnlyList<CategoryTerms> Categories)
{
    public static ExchangeTerms NForN(string first, string second, PersonCategory category, int n) =>
        new(first, second, [new CategoryTerms(category, 1, 1, n)]);

    public CategoryTerms? For(PersonCategory category) => Categories.FirstOrDefault(c => c.Category == category);

    public bool Involves(string party) =>
        string.Equals(party, FirstParty, StringComparison.OrdinalIgnoreCase)
        || string.Equals(party, SecondParty, StringComparison.OrdinalIgnoreCase);
}
