using System.Security.Cryptography;
using System.Text;

namespace Parley.Application.Humanitarian.Protection;

/// <summary>
/// Encrypts personal data at rest with AES-256-GCM. The record's id is bound in as associated data,
/// so a ciphertext copied onto another row fails to decrypt instead of showing the wrong person.
/// Layout: 12-byte nonce || ciphertext || 16-byte tag.
/// </summary>
public sealed class PersonalDataCipher
{
    internal const int NonceSize = 12;
    internal const int TagSize = 16;
    private readonly byte[] _key;

    public PersonalDataCipher(byte[] key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (key.Length != 32)
            throw new ArgumentException("The personal-data key must be 32 bytes.", nameof(key));
        _key = key;
    }

    public byte[] Encrypt(string plaintext, string recordId)
    {
        using var encryptor = CreateEncryptor();
        return encryptor.Encrypt(Encoding.UTF8.GetBytes(plaintext), Encoding.UTF8.GetBytes(recordId));
    }

    /// <summary>An encryptor that keeps its key schedule between records: for one thread, e.g. one import worker.</summary>
    public PersonalDataEncryptor CreateEncryptor() => new(new AesGcm(_key, TagSize));

    /// <exception cref="CryptographicException">The data was altered, belongs to another record, or the key is wrong.</exception>
    public string Decrypt(byte[] sealedData, string recordId)
    {
        ArgumentNullException.ThrowIfNull(sealedData);
        if (sealedData.Length < NonceSize + TagSize)
            throw new CryptographicException("Encrypted personal data is truncated.");
        var length = sealedData.Length - NonceSize - TagSize;
        var plain = new byte[length];
        using var gcm = new AesGcm(_key, TagSize);
        gcm.Decrypt(sealedData.AsSpan(0, NonceSize), sealedData.AsSpan(NonceSize, length), sealedData.AsSpan(NonceSize + length), plain, Encoding.UTF8.GetBytes(recordId));
        return Encoding.UTF8.GetString(plain);
    }
}
