using System.Security.Cryptography;
using System.Text.Json;

namespace Parley.Ledger.Entries;

/// <summary>
/// A hiding, binding commitment to a record that is not public: SHA-256(salt || JCS(content)) with a fresh 32-byte salt.
/// The log holds only the hash; those allowed to read the record get content and salt and recompute it. Erasing
/// content and salt later leaves the log entry, and so the tree, unchanged.
/// </summary>
public sealed record SaltedCommitment(byte[] Salt, byte[] Hash)
{
    /// <summary>Salt length in bytes.</summary>
    public const int SaltSize = 32;

    /// <summary>Commits to <paramref name="content"/> with a fresh random salt.</summary>
    public static SaltedCommitment Create(JsonElement content) => Create(content, RandomNumberGenerator.GetBytes(SaltSize));

    /// <summary>Commits to <paramref name="content"/> with the given salt.</summary>
    public static SaltedCommitment Create(JsonElement content, byte[] salt)
    {
        if (salt.Length != SaltSize)
        {
            throw new LedgerFormatException($"commitment salt must be {SaltSize} bytes, got {salt.Length}");
        }
        var hash = new byte[Merkle.Rfc6962.HashSize];
        Digest(salt, CanonicalJson.Serialize(content), hash);
        return new SaltedCommitment(salt, hash);
    }

    /// <summary>
    /// Writes SHA-256(<paramref name="salt"/> || <paramref name="canonicalContent"/>), for callers that already hold the
    /// content's canonical bytes (an import writes them straight from its records).
    /// </summary>
    public static void Digest(ReadOnlySpan<byte> salt, ReadOnlySpan<byte> canonicalContent, Span<byte> destination)
    {
        if (salt.Length != SaltSize)
        {
            throw new LedgerFormatException($"commitment salt must be {SaltSize} bytes, got {salt.Length}");
        }
        Merkle.Sha256.Hash(salt, canonicalContent, [], destination);
    }

    /// <summary>Whether <paramref name="content"/> with <paramref name="salt"/> opens the commitment <paramref name="hash"/>.</summary>
    public static bool Opens(byte[] hash, JsonElement content, byte[] salt) =>
        salt.Length == SaltSize && CryptographicOperations.FixedTimeEquals(Create(content, salt).Hash, hash);
}
