using Microsoft.EntityFrameworkCore;
using Parley.Data.Keys;
using Parley.Ledger;
using Parley.Ledger.Notes;

namespace Parley.Application.Humanitarian.Keys;

public sealed partial class PartyKeys
{
    /// <summary>
    /// Which party's registered, unrevoked key signed <paramref name="note"/>: the party and key name, or why none did
    /// (a party's key whose signature does not verify is named). Used for text initials and signed minutes alike.
    /// </summary>
    public async Task<(string? Party, string? KeyName, string? Refusal)> SignerAsync(SignedNote note, CancellationToken cancellationToken = default)
    {
        var parties = await db.Set<PartyKey>().AsNoTracking().Where(k => k.RevokedAtUtc == null).Select(k => k.Party).Distinct().ToListAsync(cancellationToken);
        foreach (var party in parties.Order(StringComparer.Ordinal))
        {
            try
            {
                var signed = NoteVerification.Verify(note, [.. await ActiveAsync(party, cancellationToken)]);
                return (party, signed[0].Name, null);
            }
            catch (LedgerFormatException e) when (e.Message.StartsWith("invalid signature", StringComparison.Ordinal))
            {
                return (null, null, $"the signature of {party}'s key does not verify: {e.Message}");
            }
            catch (LedgerFormatException)
            {
                // Not signed by this party's keys; try the next party.
            }
        }
        return (null, null, "the note is not signed by any party's registered, unrevoked key");
    }
}
