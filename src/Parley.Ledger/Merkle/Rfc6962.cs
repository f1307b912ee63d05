using System.Security.Cryptography;

namespace Parley.Ledger.Merkle;

/// <summary>
/// Merkle tree hashing of RFC 9162 section 2.1 (RFC 6962 section 2.1) with SHA-256:
/// leaf hash <c>SHA-256(0x00 || entry)</c>, interior node hash <c>SHA-256(0x01 || left || right)</c>.
/// </summary>
public static class Rfc6962
{
    /// <summary>Size in bytes of every hash in the tree.</summary>
    public const int HashSize = 32;

    private static ReadOnlySpan<byte> LeafPrefix => [0];

    private static ReadOnlySpan<byte> NodePrefix => [1];

    /// <summary>MTH({}) = SHA-256 of the empty string, the root of the empty tree.</summary>
    public static byte[] EmptyRoot() => SHA256.HashData(ReadOnlySpan<byte>.Empty);

    /// <summary>Writes the leaf hash <c>SHA-256(0x00 || entry)</c> into <paramref name="destination"/>.</summary>
    public static void LeafHash(ReadOnlySpan<byte> entry, Span<byte> destination) =>
        Sha256.Hash(LeafPrefix, entry, [], destination);

    /// <summary>Returns the leaf hash of <paramref name="entry"/>.</summary>
    public static byte[] LeafHash(ReadOnlySpan<byte> entry)
    {
        var result = new byte[HashSize];
        LeafHash(entry, result);
        return result;
    }

    /// <summary>Writes the node hash <c>SHA-256(0x01 || left || right)</c>; destination may alias an input.</summary>
    public static void NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right, Span<byte> destination)
    {
        if (left.Length + right.Length > 2 * HashSize)
        {
            throw new ArgumentException("children of a Merkle node are hashes of at most 32 bytes");
        }
        Sha256.Hash(NodePrefix, left, right, destination);
    }

    /// <summary>Returns the node hash of two children.</summary>
    public static byte[] NodeHash(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        var result = new byte[HashSize];
        NodeHash(left, right, result);
        return result;
    }
}
