using System.Globalization;
using NSec.Cryptography;

namespace Parley.Ledger.Notes;

/// <summary>
/// An Ed25519 signed-note signer. Its private key string is golang.org/x/mod/sumdb/note's
/// <c>PRIVATE+KEY+&lt;name&gt;+&lt;hex hash&gt;+&lt;base64(0x01 || seed)&gt;</c>, so keys move between Parley and Go tools.
/// </summary>
public sealed class NoteSigner : IDisposable
{
    private const string Prefix = "PRIVATE+KEY+";
    private readonly Key _key;

    private NoteSigner(string name, Key key)
    {
        _key = key;
        Verifier = NoteVerifier.FromPublicKey(name, KeyAlgorithm.Ed25519, key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
    }

    /// <summary>The key name.</summary>
    public string Name => Verifier.Name;

    /// <summary>The signed-note key hash of this key (type 0x01).</summary>
    public uint KeyHash => Verifier.KeyHash;

    /// <summary>The public half, as a signed-note verifier (type 0x01).</summary>
    public NoteVerifier Verifier { get; }

    /// <summary>Generates a fresh key pair named <paramref name="name"/>.</summary>
    public static NoteSigner Generate(string name)
    {
        if (!NoteName.IsValid(name))
        {
            throw new LedgerFormatException($"key name '{name}' is not valid: it must be non-empty, without spaces or '+'");
        }
        var key = Key.Create(SignatureAlgorithm.Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        return new NoteSigner(name, key);
    }

    /// <summary>Parses a private key string; the error names the part that is wrong and never echoes the key.</summary>
    public static NoteSigner Parse(string privateKey)
    {
        ArgumentNullException.ThrowIfNull(privateKey);
        privateKey = privateKey.Trim();
        if (!privateKey.StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new LedgerFormatException("private key: expected PRIVATE+KEY+<name>+<hex hash>+<base64 key>");
        }
        var parts = privateKey[Prefix.Length..].Split('+', 3);
        if (parts.Length != 3 || !NoteName.IsValid(parts[0]))
        {
            throw new LedgerFormatException("private key: expected PRIVATE+KEY+<name>+<hex hash>+<base64 key>");
        }
        if (parts[1].Length != 8 || !uint.TryParse(parts[1], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var hash))
        {
            throw new LedgerFormatException("private key: key hash must be 8 hex digits");
        }
        var blob = Base64.Decode(parts[2], "private key: key");
        if (blob.Length != 33 || blob[0] != KeyAlgorithm.Ed25519)
        {
            throw new LedgerFormatException("private key: expected type 0x01 and a 32-byte Ed25519 seed");
        }
        var key = Key.Import(SignatureAlgorithm.Ed25519, blob.AsSpan(1), KeyBlobFormat.RawPrivateKey,
            new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var signer = new NoteSigner(parts[0], key);
        if (signer.KeyHash != hash)
        {
            signer.Dispose();
            throw new LedgerFormatException("private key: key hash does not match the name and key");
        }
        return signer;
    }

    /// <summary>Signs <paramref name="message"/> with Ed25519.</summary>
    public byte[] Sign(ReadOnlySpan<byte> message) => SignatureAlgorithm.Ed25519.Sign(_key, message);

    /// <summary>The private key string (keep it in a file readable by its owner only).</summary>
    public string ToPrivateKeyString()
    {
        var seed = _key.Export(KeyBlobFormat.RawPrivateKey);
        return $"{Prefix}{Name}+{KeyHash:x8}+{Convert.ToBase64String([KeyAlgorithm.Ed25519, .. seed])}";
    }

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}
