namespace Parley.Domain.Humanitarian;

/// <summary>
/// Compares the signed manifest with both parties' confirmations so that a person listed but not
/// exchanged, or exchanged but not listed, is shown rather than hidden.
/// </summary>
public static class ExchangeReconciliation
{
    public static IReadOnlyList<PersonExchangeOutcome> Reconcile(
        ExchangeManifest manifest,
        ExchangeConfirmation? first,
        ExchangeConfirmation? second)
    {
        var byParty = new Dictionary<string, ExchangeConfirmation?>(StringComparer.OrdinalIgnoreCase)
        {
            [manifest.Terms.FirstParty] = first,
            [manifest.Terms.SecondParty] = second,
        };
        var listed = manifest.Lines.ToDictionary(l => l.Commitment, StringComparer.Ordinal);
        var outcomes = new List<PersonExchangeOutcome>(listed.Count);
        foreach (var line in manifest.Lines)
        {
            var holder = byParty[line.ReleasedBy];
            var receiver = byParty[Other(manifest.Terms, line.ReleasedBy)];
            outcomes.Add(new(line.Commitment, line.ReleasedBy, Outcome(line.Commitment, holder, receiver)));
        }

        var unlisted = new[] { first, second }
            .Where(c => c is not null)
            .SelectMany(c => c!.Released.Concat(c.Received))
            .Where(c => !listed.ContainsKey(c))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        outcomes.AddRange(unlisted.Select(c => new PersonExchangeOutcome(c, null, PersonOutcome.NotListed)));
        return outcomes;
    }

    private static PersonOutcome Outcome(string commitment, ExchangeConfirmation? holder, ExchangeConfirmation? receiver)
    {
        if (holder is not null && !holder.Released.Contains(commitment))
            return PersonOutcome.NotReleased;
        if (receiver is not null && !receiver.Received.Contains(commitment))
            return holder is null ? PersonOutcome.AwaitingConfirmation : PersonOutcome.NotReceived;
        return holder is null || receiver is null ? PersonOutcome.AwaitingConfirmation : PersonOutcome.Exchanged;
    }

    private static string Other(ExchangeTerms terms, string party) =>
        string.Equals(party, terms.FirstParty, StringComparison.OrdinalIgnoreCase) ? terms.SecondParty : terms.FirstParty;
}
