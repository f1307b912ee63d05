using System.Buffers.Binary;
using System.Globalization;

namespace Parley.Ledger.Notes;

/// <summary>
/// Ed25519 cosignatures of C2SP tlog-cosignature (type 0x04): the cosigner signs
/// <c>cosignature/v1\ntime &lt;t&gt;\n</c> followed by the checkpoint body; the signature line carries the key hash,
/// the 8-byte big-endian timestamp and the 64-byte signature.
/// </summary>
public static class Cosignature
{
    /// <summary>The header line that separates cosignatures from every other signed message.</summary>
    public const string Header = "cosignature/v1";

    /// <summary>The signed message for <paramref name="checkpointText"/> at POSIX time <paramref name="timestamp"/>.</summary>
    public static byte[] Message(string checkpointText, long timestamp) =>
        SignedNote.Utf8($"{Header}\ntime {timestamp.ToString(CultureInfo.InvariantCulture)}\n{checkpointText}");

    /// <summary>The cosigner key hash of a signer: SHA-256(name || "\n" || 0x04 || public key)[:4].</summary>
    public static uint KeyHash(NoteVerifier key) =>
        NoteVerifier.ComputeKeyHash(key.Name, KeyAlgorithm.CosignatureV1, key.PublicKeyBytes);

    /// <summary>Cosigns <paramref name="checkpointText"/> at POSIX time <paramref name="timestamp"/>.</summary>
    public static NoteSignature Sign(NoteSigner signer, string checkpointText, long timestamp)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(timestamp);
        Checkpoint.Parse(checkpointText);
        var signature = signer.Sign(Message(checkpointText, timestamp));
        var payload = new byte[8 + signature.Length];
        BinaryPrimitives.WriteInt64BigEndian(payload, timestamp);
        signature.CopyTo(payload, 8);
        return new NoteSignature(signer.Name, KeyHash(signer.Verifier), payload);
    }

    /// <summary>
    /// Checks that <paramref name="signature"/> is <paramref name="cosigner"/>'s cosignature of <paramref name="checkpointText"/>;
    /// returns its timestamp. The error names what does not match.
    /// </summary>
    public static long Verify(NoteVerifier cosigner, string checkpointText, NoteSignature signature)
    {
        if (signature.Name != cosigner.Name || signature.KeyHash != KeyHash(cosigner))
        {
            throw new LedgerFormatException($"cosignature by {signature.Name}+{signature.KeyHash:x8} is not from cosigner {cosigner.Name}+{KeyHash(cosigner):x8}");
        }
        if (signature.Signature.Length != 8 + 64)
        {
            throw new LedgerFormatException($"cosignature by {signature.Name}: expected an 8-byte timestamp and a 64-byte signature, got {signature.Signature.Length} bytes");
        }
        var timestamp = BinaryPrimitives.ReadInt64BigEndian(signature.Signature);
        if (timestamp < 0)
        {
            throw new LedgerFormatException($"cosignature by {signature.Name}: timestamp exceeds 2^63-1");
        }
        if (!cosigner.Verify(Message(checkpointText, timestamp), signature.Signature.AsSpan(8)))
        {
            throw new LedgerFormatException($"cosignature by {signature.Name}: signature does not verify for this checkpoint");
        }
        return timestamp;
    }
}
