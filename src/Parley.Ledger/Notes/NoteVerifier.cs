using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NSec.Cryptography;

namespace Parley.Ledger.Notes;

/// <summary>
/// A signed-note verifier key, <c>&lt;name&gt;+&lt;hex key hash&gt;+&lt;base64(type || public key)&gt;</c>
/// (C2SP signed-note "verifier keys"; golang.org/x/mod/sumdb/note NewVerifier).
/// </summary>
public sealed class NoteVerifier
{
    private readonly PublicKey _key;

    private NoteVerifier(string name, byte algorithm, byte[] publicKey)
    {
        Name = name;
        Algorithm = algorithm;
        PublicKeyBytes = publicKey;
        KeyHash = ComputeKeyHash(name, algorithm, publicKey);
        _key = PublicKey.Import(SignatureAlgorithm.Ed25519, publicKey, KeyBlobFormat.RawPublicKey);
    }

    /// <summary>The key name (for Parley's host key, the log origin).</summary>
    public string Name { get; }

    /// <summary>The signature type byte (<see cref="KeyAlgorithm"/>).</summary>
    public byte Algorithm { get; }

    /// <summary>The 32-byte Ed25519 public key.</summary>
    public byte[] PublicKeyBytes { get; }

    /// <summary>First four bytes of SHA-256(name || "\n" || type || public key), big-endian.</summary>
    public uint KeyHash { get; }

    /// <summary>Creates a verifier for an Ed25519 public key with the given type byte.</summary>
    public static NoteVerifier FromPublicKey(string name, byte algorithm, byte[] publicKey)
    {
        if (!NoteName.IsValid(name))
        {
            throw new LedgerFormatException($"key name '{name}' is not valid: it must be non-empty, without spaces or '+'");
        }
        if (algorithm is not (KeyAlgorithm.Ed25519 or KeyAlgorithm.CosignatureV1))
        {
            throw new LedgerFormatException($"key type 0x{algorithm:x2} is not supported: expected 0x01 (Ed25519) or 0x04 (cosignature/v1)");
        }
        if (publicKey.Length != 32)
        {
            throw new LedgerFormatException($"Ed25519 public key must be 32 bytes, got {publicKey.Length}");
        }
        return new NoteVerifier(name, algorithm, publicKey);
    }

    /// <summary>Parses a verifier key string; the error names the part that is wrong.</summary>
    public static NoteVerifier Parse(string verifierKey)
    {
        ArgumentNullException.ThrowIfNull(verifierKey);
        var parts = verifierKey.Trim().Split('+', 3);
        if (parts.Length != 3)
        {
            throw new LedgerFormatException("verifier key: expected <name>+<8 hex digits>+<base64 key>");
        }
        var (name, hashText, keyText) = (parts[0], parts[1], parts[2]);
        if (!NoteName.IsValid(name))
        {
            throw new LedgerFormatException($"verifier key: name '{name}' is not valid");
        }
        if (hashText.Length != 8 || !uint.TryParse(hashText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash))
        {
            throw new LedgerFormatException($"verifier key: key hash '{hashText}' must be 8 hex digits");
        }
        var key = Base64.Decode(keyText, "verifier key: key");
        if (key.Length == 0)
        {
            throw new LedgerFormatException("verifier key: key is empty");
        }
        if (hash != ComputeKeyHash(name, key[0], key.AsSpan(1)))
        {
            throw new LedgerFormatException($"verifier key: key hash {hashText} does not match the name and key");
        }
        return FromPublicKey(name, key[0], key[1..]);
    }

    /// <summary>Checks an Ed25519 signature over <paramref name="message"/>.</summary>
    public bool Verify(ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature) =>
        signature.Length == 64 && SignatureAlgorithm.Ed25519.Verify(_key, message, signature);

    /// <summary>The same public key under another type byte (e.g. the cosigner identity of a party's note key).</summary>
    public NoteVerifier WithAlgorithm(byte algorithm) => FromPublicKey(Name, algorithm, PublicKeyBytes);

    /// <summary>The verifier key string.</summary>
    public override string ToString() =>
        $"{Name}+{KeyHash:x8}+{Convert.ToBase64String([Algorithm, .. PublicKeyBytes])}";

    internal static uint ComputeKeyHash(string name, byte algorithm, ReadOnlySpan<byte> publicKey)
    {
        var nameBytes = Encoding.UTF8.GetBytes(name);
        var buffer = new byte[nameBytes.Length + 2 + publicKey.Length];
        nameBytes.CopyTo(buffer, 0);
        buffer[nameBytes.Length] = (byte)'\n';
        buffer[nameBytes.Length + 1] = algorithm;
        publicKey.CopyTo(buffer.AsSpan(nameBytes.Length + 2));
        return BinaryPrimitives.ReadUInt32BigEndian(SHA256.HashData(buffer));
    }
}
