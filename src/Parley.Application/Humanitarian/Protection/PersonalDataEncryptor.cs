using System.Security.Cryptography;

namespace Parley.Application.Humanitarian.Protection;

/// <summary>
/// AES-256-GCM with one key schedule reused across records (<see cref="PersonalDataCipher"/> for the layout).
/// Not thread-safe: one per thread.
/// </summary>
public sealed class PersonalDataEncryptor : IDisposable
{
    private readonly AesGcm _gcm;

    internal PersonalDataEncryptor(AesGcm gcm) => _gcm = gcm;

    /// <summary>nonce || ciphertext || tag, with a fresh random nonce; <paramref name="associatedData"/> is the record id.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plain, ReadOnlySpan<byte> associatedData) =>
        Encrypt(plain, associatedData, RandomNumberGenerator.GetBytes(PersonalDataCipher.NonceSize));

    /// <summary>As above with the caller's nonce, which must come from a cryptographic generator and never repeat.</summary>
    public byte[] Encrypt(ReadOnlySpan<byte> plain, ReadOnlySpan<byte> associatedData, ReadOnlySpan<byte> randomNonce)
    {
        const int nonceSize = PersonalDataCipher.NonceSize;
        if (randomNonce.Length != nonceSize)
            throw new ArgumentException($"The nonce must be {nonceSize} bytes.", nameof(randomNonce));
        var output = new byte[nonceSize + plain.Length + PersonalDataCipher.TagSize];
        var nonce = output.AsSpan(0, nonceSize);
        randomNonce.CopyTo(nonce);
        _gcm.Encrypt(nonce, plain, output.AsSpan(nonceSize, plain.Length), output.AsSpan(nonceSize + plain.Length), associatedData);
        return output;
    }

    public void Dispose() => _gcm.Dispose();
}
