using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Parley.Domain.Humanitarian;

/// <summary>
/// What both parties sign before an exchange: the batch, the terms, the counts per category and side,
/// and each person's commitment. Its text is canonical (fixed order, LF line ends), so both parties
/// hash the same bytes; the signed note names the manifest kind so the signature cannot be replayed
/// as a checkpoint or a confirmation.
/// </summary>
public sealed record ExchangeManifest(string BatchId, ExchangeTerms Terms, IReadOnlyList<ManifestLine> Lines)
{
    public const string Kind = "Parley exchange manifest v1";

    public string Text()
    {
        var sb = new StringBuilder();
        sb.Append(Kind).Append('\n');
        sb.Append("batch ").Append(BatchId).Append('\n');
        sb.Append("parties ").Append(Terms.FirstParty.ToUpperInvariant()).Append(' ').Append(Terms.SecondParty.ToUpperInvariant()).Append('\n');
        foreach (var t in Terms.Categories.OrderBy(c => c.Category))
        {
            sb.Append(CultureInfo.InvariantCulture, $"terms {Name(t.Category)} {t.FirstCount}:{t.SecondCount}");
            if (t.FirstTotal is { } total)
                sb.Append(CultureInfo.InvariantCulture, $" total {total}");
            sb.Append('\n');
        }
        foreach (var group in Lines.GroupBy(l => (Party: l.ReleasedBy.ToUpperInvariant(), l.Category)).OrderBy(g => g.Key.Party, StringComparer.Ordinal).ThenBy(g => g.Key.Category))
            sb.Append(CultureInfo.InvariantCulture, $"count {group.Key.Party} {Name(group.Key.Category)} {group.Count()}\n");
        foreach (var line in Lines.OrderBy(l => l.Commitment, StringComparer.Ordinal))
            sb.Append(CultureInfo.InvariantCulture, $"person {line.Commitment} {line.ReleasedBy.ToUpperInvariant()} {Name(line.Category)} {Priorities(line.Priorities)}\n");
        return sb.ToString();
    }

    /// <summary>SHA-256 of the canonical text, lower-case hex: what the log stores for the manifest.</summary>
    public string Hash() => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Text())));

    /// <summary>The text of the signed note a party's officer signs: kind, batch and hash.</summary>
    public string NoteText(string origin) => $"{origin}\n{Kind}\nbatch {BatchId}\nsha256 {Hash()}\n";

    internal static string Name(PersonCategory category) => category.ToString().ToLowerInvariant();

    private static string Priorities(PriorityGroups groups) =>
        groups == PriorityGroups.None ? "-" : string.Join(',', Enum.GetValues<PriorityGroups>()
            .Where(g => g != PriorityGroups.None && groups.HasFlag(g))
            .Select(g => g.ToString().ToLowerInvariant()));
}
