namespace Parley.Text;

/// <summary>Where the whole text stands.</summary>
public enum AgreementStatus
{
    /// <summary>At least one bracket is open: nothing is agreed until everything is agreed.</summary>
    Open,

    /// <summary>No bracket is open; some party has not yet initialled this version.</summary>
    AgreedAdReferendum,

    /// <summary>No bracket is open and every party has initialled this very version.</summary>
    Initialled,
}

/// <summary>One party's initials on one version, already verified against the party-key registry.</summary>
/// <param name="Party">ISO code of the initialling party.</param>
/// <param name="VersionHash">The <see cref="VersionHash"/> the party signed.</param>
public sealed record Initials(string Party, string VersionHash);

/// <summary>The text's state of agreement.</summary>
/// <param name="Status">Open, agreed ad referendum or initialled.</param>
/// <param name="OpenBrackets">Brackets still open.</param>
/// <param name="Initialled">Parties whose initials cover this version.</param>
/// <param name="Missing">Parties that still have to initial it.</param>
public sealed record Agreement(AgreementStatus Status, int OpenBrackets, IReadOnlyList<string> Initialled, IReadOnlyList<string> Missing)
{
    /// <summary>
    /// Works out the state of <paramref name="text"/>: initials on another version (another hash) do not
    /// count, and a text with an open bracket is never agreed, whoever has initialled it.
    /// </summary>
    public static Agreement Of(NegotiatingText text, IEnumerable<string> parties, IEnumerable<Initials> initials)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(initials);
        var hash = VersionHash.Of(text);
        var required = parties.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var signed = initials.Where(i => i.VersionHash == hash).Select(i => i.Party).ToHashSet(StringComparer.Ordinal);
        var done = required.Where(signed.Contains).ToList();
        var missing = required.Where(p => !signed.Contains(p)).ToList();
        var open = text.Clauses.Sum(c => c.Clause.BracketCount);
        var status = open > 0 ? AgreementStatus.Open
            : missing.Count == 0 && required.Count > 0 ? AgreementStatus.Initialled
            : AgreementStatus.AgreedAdReferendum;
        return new(status, open, done, missing);
    }

    /// <summary>Why <paramref name="text"/> cannot be initialled yet, or null when it can.</summary>
    public static string? CannotInitial(NegotiatingText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var open = text.Clauses.Where(c => !c.Clause.IsAgreed).Select(c => c.Number.ToString()).ToList();
        return open.Count == 0 ? null
            : $"brackets are still open in clause{(open.Count > 1 ? "s" : "")} {string.Join(", ", open.Take(10))}{(open.Count > 10 ? "…" : "")}: nothing is agreed until everything is agreed";
    }
}
