using Parley.Ledger.Notes;
using Parley.Ledger.Storage;

namespace Parley.Ledger.Serving;

/// <summary>
/// Accepts a party's cosignature: the body is a published checkpoint followed by tlog-cosignature lines; each line
/// must verify against a registered, unrevoked party key (its 0x04 cosigner identity), as given by the caller's key
/// registry (Parley's is the <c>party_keys</c> table). Stored lines are returned.
/// </summary>
public static class CosignatureIntake
{
    /// <summary>Checks and stores the cosignatures in <paramref name="body"/>; throws <see cref="LedgerFormatException"/> saying why not.</summary>
    public static async Task<IReadOnlyList<StoredCosignature>> AcceptAsync(
        ILogStore store, byte[] body, long receivedUnix, IReadOnlyCollection<NoteVerifier> cosigners, CancellationToken cancellationToken = default)
    {
        var note = SignedNote.Parse(body);
        var checkpoint = Checkpoint.Parse(note.Text);
        var published = await store.CheckpointAsync(checkpoint.Size, cancellationToken).ConfigureAwait(false);
        if (published is null || SignedNote.Parse(published).Text != note.Text)
        {
            throw new LedgerFormatException($"checkpoint {checkpoint.Size} in the body is not one this log published");
        }
        List<StoredCosignature> stored = [];
        foreach (var signature in note.Signatures)
        {
            var cosigner = cosigners.Select(c => c.WithAlgorithm(KeyAlgorithm.CosignatureV1))
                .FirstOrDefault(c => c.Name == signature.Name && Cosignature.KeyHash(c) == signature.KeyHash);
            if (cosigner is null)
            {
                continue;
            }
            var timestamp = Cosignature.Verify(cosigner, note.Text, signature);
            await store.SaveCosignatureAsync(checkpoint.Size, signature.Name, signature.KeyHash, timestamp, signature.Line, receivedUnix, cancellationToken).ConfigureAwait(false);
            stored.Add(new StoredCosignature(checkpoint.Size, signature.Name, timestamp, signature.Line));
        }
        if (stored.Count == 0)
        {
            throw new LedgerFormatException("no cosignature in the body is by a registered, unrevoked party key");
        }
        return stored;
    }
}
