using System.Security.Cryptography;
using Parley.Application.Humanitarian.Protection;
namespace Parley.Application.Tests.Humanitarian.Protection;

public sealed class PersonalDataCipherTests
{
    private readonly PersonalDataCipher _cipher = new(RandomNumberGenerator.GetBytes(32));

    [Fact]
    public void Decrypt_returns_what_was_encrypted_for_the_same_record()
    {
        var sealedData = _cipher.Encrypt("Шевченко Олександр Іванович", "p-1");
        Assert.Equal("Шевченко Олександр Іванович", _cipher.Decrypt(sealedData, "p-1"));
    }

    [Fact]
    public void Encrypt_same_text_twice_gives_different_ciphertexts()
    {
        Assert.NotEqual(_cipher.Encrypt("x", "p-1"), _cipher.Encrypt("x", "p-1"));
    }

    [Fact]
    public void Decrypt_ciphertext_moved_to_another_record_fails()
    {
        var sealedData = _cipher.Encrypt("Иванов", "p-1");
        Assert.ThrowsAny<CryptographicException>(() => _cipher.Decrypt(sealedData, "p-2"));
    }

    [Fact]
    public void Decrypt_any_flipped_bit_fails()
    {
        var sealedData = _cipher.Encrypt("Иванов Алексей", "p-1");
        for (var i = 0; i < sealedData.Length * 8; i += 7)
        {
            var copy = (byte[])sealedData.Clone();
            copy[i / 8] ^= (byte)(1 << (i % 8));
            Assert.ThrowsAny<CryptographicException>(() => _cipher.Decrypt(copy, "p-1"));
        }
    }

    [Fact]
    public void Decrypt_truncated_data_fails_clearly()
    {
        var ex = Assert.ThrowsAny<CryptographicException>(() => _cipher.Decrypt(new byte[5], "p-1"));
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }
}
