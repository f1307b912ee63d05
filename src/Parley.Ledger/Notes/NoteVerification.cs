namespace Parley.Ledger.Notes;

/// <summary>Checking a signed note against known verifiers, as golang.org/x/mod/sumdb/note Open does.</summary>
public static class NoteVerification
{
    /// <summary>
    /// Returns the signatures of <paramref name="note"/> made by <paramref name="verifiers"/> (type 0x01 keys).
    /// A line naming a known key whose signature fails is an error; lines by unknown keys are ignored;
    /// no verified signature at all is an error.
    /// </summary>
    public static IReadOnlyList<NoteSignature> Verify(SignedNote note, IReadOnlyCollection<NoteVerifier> verifiers)
    {
        var message = SignedNote.Utf8(note.Text);
        List<NoteSignature> verified = [];
        foreach (var signature in note.Signatures)
        {
            var matches = verifiers.Where(v => v.Name == signature.Name && v.KeyHash == signature.KeyHash && v.Algorithm == KeyAlgorithm.Ed25519).ToList();
            if (matches.Count == 0 || verified.Any(s => s.Name == signature.Name && s.KeyHash == signature.KeyHash))
            {
                continue;
            }
            if (matches.Count > 1)
            {
                throw new LedgerFormatException($"ambiguous key {signature.Name}+{signature.KeyHash:x8}");
            }
            if (!matches[0].Verify(message, signature.Signature))
            {
                throw new LedgerFormatException($"invalid signature for key {signature.Name}+{signature.KeyHash:x8}");
            }
            verified.Add(signature);
        }
        if (verified.Count == 0)
        {
            var names = string.Join(", ", verifiers.Select(v => $"{v.Name}+{v.KeyHash:x8}"));
            throw new LedgerFormatException($"note has no valid signature by {names}");
        }
        return verified;
    }
}
