namespace Parley.Text.Compare;

/// <summary>Why a clause's language versions do not line up.</summary>
public enum AlignmentFinding
{
    /// <summary>Some authentic language has no clause at this number.</summary>
    Missing,

    /// <summary>Agreed in one language, bracketed in another.</summary>
    StatusDiffers,

    /// <summary>The brackets differ in number or in who proposed their wordings.</summary>
    BracketsDiffer,

    /// <summary>Changed since the previous version in some languages but not in the others.</summary>
    ChangedInSomeLanguages,
}

/// <summary>One clause across the authentic languages.</summary>
/// <param name="Number">The clause.</param>
/// <param name="Clauses">The clause in each language (null where missing), keyed by language code.</param>
/// <param name="Flags">What does not line up; empty when aligned.</param>
/// <param name="ChangedIn">Languages in which the clause changed since the previous version.</param>
public sealed record AlignedClause(
    ClauseNumber Number, IReadOnlyDictionary<string, Clause?> Clauses, IReadOnlySet<AlignmentFinding> Flags, IReadOnlyList<string> ChangedIn)
{
    /// <summary>A clause counts as agreed only when it is agreed in every authentic language.</summary>
    public bool IsAgreed => Clauses.Values.All(c => c is { IsAgreed: true });
}

/// <summary>
/// Parallel language versions of one version of the text, aligned clause by clause (by article and
/// position): the treaty practice of several equally authentic texts.
/// </summary>
/// <param name="Languages">The authentic languages compared.</param>
/// <param name="Clauses">Every clause number found in any language.</param>
public sealed record LanguageAlignment(IReadOnlyList<string> Languages, IReadOnlyList<AlignedClause> Clauses)
{
    /// <summary>Clauses that need the drafters' attention.</summary>
    public IEnumerable<AlignedClause> Flagged => Clauses.Where(c => c.Flags.Count > 0);

    /// <summary>Progress where a clause is agreed only when agreed in every language.</summary>
    public Progress Progress => new(
        Clauses.Count,
        Clauses.Count(c => c.IsAgreed),
        Clauses.Count(c => !c.IsAgreed),
        Clauses.Sum(c => c.Clauses.Values.Max(x => x?.BracketCount ?? 0)));

    /// <summary>
    /// Nothing is agreed until everything is agreed, in every language: true only when every clause is
    /// agreed in all of them and none is missing.
    /// </summary>
    public bool IsFullyAgreed => Clauses.All(c => c.IsAgreed);

    /// <summary>Aligns the language versions of one version, and flags clauses changed in some languages only.</summary>
    /// <param name="current">The version in each language, keyed by language code.</param>
    /// <param name="previous">The previous version in each language, when there is one.</param>
    public static LanguageAlignment Align(IReadOnlyDictionary<string, NegotiatingText> current, IReadOnlyDictionary<string, NegotiatingText>? previous = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        var languages = current.Keys.Order(StringComparer.Ordinal).ToList();
        var byLanguage = languages.ToDictionary(l => l, l => current[l].Clauses.ToDictionary(c => c.Number, c => c.Clause));
        var numbers = byLanguage.Values.SelectMany(d => d.Keys).Distinct().Order();
        var aligned = new List<AlignedClause>();
        foreach (var number in numbers)
        {
            var clauses = languages.ToDictionary(l => l, l => byLanguage[l].GetValueOrDefault(number));
            var flags = new HashSet<AlignmentFinding>();
            if (clauses.Values.Any(c => c is null))
                flags.Add(AlignmentFinding.Missing);
            var present = clauses.Values.OfType<Clause>().ToList();
            if (present.Select(c => c.IsAgreed).Distinct().Count() > 1)
                flags.Add(AlignmentFinding.StatusDiffers);
            if (present.Select(Shape).Distinct().Count() > 1)
                flags.Add(AlignmentFinding.BracketsDiffer);
            var changedIn = new List<string>();
            if (previous is not null)
            {
                foreach (var language in languages)
                {
                    var before = previous.TryGetValue(language, out var p) ? p.Find(number) : null;
                    if (!Equals(before, clauses[language]))
                        changedIn.Add(language);
                }
                if (changedIn.Count > 0 && changedIn.Count < languages.Count)
                    flags.Add(AlignmentFinding.ChangedInSomeLanguages);
            }
            aligned.Add(new(number, clauses, flags, changedIn));
        }
        return new(languages, aligned);
    }

    /// <summary>Brackets by their proposers, words aside: what must match across translations.</summary>
    private static string Shape(Clause clause) =>
        string.Join(";", clause.Brackets.Select(b => string.Join(",", b.Alternatives.Select(a => a.Party ?? "chair"))));
}
