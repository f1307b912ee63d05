namespace Parley.Domain.Humanitarian;

/// <summary>
/// Checks an exchange batch as it is composed: every person matched, held by one of the two parties,
/// in no other open batch, of an agreed category; counts keep the agreed ratio; and no seriously
/// wounded or sick person of a category is left waiting while others of that side's category go.
/// </summary>
public static class BatchComposer
{
    public static BatchComposition Check(
        ExchangeTerms terms,
        IReadOnlyList<ExchangeCandidate> selected,
        IReadOnlyCollection<ExchangeCandidate> pool,
        IReadOnlySet<string> inOtherBatches)
    {
        var problems = new List<BatchProblem>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var person in selected)
        {
            if (!seen.Add(person.PersonId))
                problems.Add(new(BatchProblemKind.Duplicate, person.PersonId, $"{person.PersonId} is listed twice."));
            if (!person.Matched)
                problems.Add(new(BatchProblemKind.NotMatched, person.PersonId, $"{person.PersonId} is not matched on both sides' lists."));
            if (!terms.Involves(person.HeldBy))
                problems.Add(new(BatchProblemKind.NotHeldByAParty, person.PersonId, $"{person.PersonId} is held by {person.HeldBy}, not a party to this exchange."));
            if (inOtherBatches.Contains(person.PersonId))
                problems.Add(new(BatchProblemKind.InAnotherBatch, person.PersonId, $"{person.PersonId} is already in another open batch."));
            if (terms.For(person.Category) is null)
                problems.Add(new(BatchProblemKind.CategoryNotAgreed, person.PersonId, $"{person.PersonId} is {person.Category}, a category these terms do not exchange."));
        }

        var counts = Count(terms, selected);
        foreach (var count in counts)
        {
            var agreed = terms.For(count.Category);
            if (agreed is not null && !agreed.Balanced(count.FirstReleases, count.SecondReleases))
                problems.Add(new(BatchProblemKind.CountsUnbalanced, null, Unbalanced(terms, agreed, count)));
        }

        problems.AddRange(WoundedLeftBehind(terms, selected, pool, inOtherBatches, seen));
        return new BatchComposition(counts, problems);
    }

    private static List<CategoryCount> Count(ExchangeTerms terms, IReadOnlyList<ExchangeCandidate> selected)
    {
        var categories = terms.Categories.Select(c => c.Category).ToList();
        return categories.Select(category => new CategoryCount(
            category,
            selected.Count(p => p.Category == category && Same(p.HeldBy, terms.FirstParty)),
            selected.Count(p => p.Category == category && Same(p.HeldBy, terms.SecondParty)))).ToList();
    }

    private static IEnumerable<BatchProblem> WoundedLeftBehind(
        ExchangeTerms terms,
        IReadOnlyList<ExchangeCandidate> selected,
        IReadOnlyCollection<ExchangeCandidate> pool,
        IReadOnlySet<string> inOtherBatches,
        HashSet<string> inThisBatch)
    {
        var going = selected
            .Where(p => (p.Priorities & PriorityGroups.SeriouslyWoundedOrSick) == 0)
            .Select(p => (p.HeldBy.ToUpperInvariant(), p.Category))
            .ToHashSet();
        return pool
            .Where(p => p.Matched
                && (p.Priorities & PriorityGroups.SeriouslyWoundedOrSick) != 0
                && terms.Involves(p.HeldBy)
                && !inThisBatch.Contains(p.PersonId)
                && !inOtherBatches.Contains(p.PersonId)
                && going.Contains((p.HeldBy.ToUpperInvariant(), p.Category)))
            .Select(p => new BatchProblem(
                BatchProblemKind.WoundedLeftBehind,
                p.PersonId,
                $"{p.PersonId} is seriously wounded or sick and must go before others held by {p.HeldBy} (Geneva Convention III art. 109)."));
    }

    private static string Unbalanced(ExchangeTerms terms, CategoryTerms agreed, CategoryCount count) =>
        agreed.FirstTotal is { } total && count.FirstReleases != total
            ? $"{count.Category}: agreed {total} for {total * agreed.SecondCount / agreed.FirstCount}, composed {count.FirstReleases} ({terms.FirstParty}) for {count.SecondReleases} ({terms.SecondParty})."
            : $"{count.Category}: agreed ratio {agreed.FirstCount}:{agreed.SecondCount}, composed {count.FirstReleases} ({terms.FirstParty}) for {count.SecondReleases} ({terms.SecondParty}).";

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
