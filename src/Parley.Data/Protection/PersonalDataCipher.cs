using System.Security.Cryptography;
using System.Text;

namespace Parley.Data.Protection;

/// <summary>
/// Encrypts personal data at rest with AES-256-GCM. The record's id is bound in as associated data,
/// so a ciphertext copied onto another row fails to decrypt instead of showing the wrong person.
/// Layout: 12-byte nonce || ciphertext || 16-byte tag.
/// </summary>
public sealed class PersonalDataCipher
{
    private const int NonceSize = 12;
    private const int TagSize = 16;
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
        var plain = Encoding.UTF8.GetBytes(plaintext);
        var output = new byte[NonceSize + plain.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var gcm = new AesGcm(_key, TagSize);
        gcm.Encrypt(nonce, plain, output.AsSpan(NonceSize, plain.Length), output.AsSpan(NonceSize + plain.Length), Encoding.UTF8.GetBytes(recordId));
        return output;
    }

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
