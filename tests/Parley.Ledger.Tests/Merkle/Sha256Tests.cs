using System.Security.Cryptography;
using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tests.Merkle;

public sealed class Sha256Tests
{
    [Fact]
    public void Hash_any_split_of_random_messages_equals_the_base_library()
    {
        var random = new Random(11);
        Span<byte> expected = stackalloc byte[32];
        Span<byte> actual = stackalloc byte[32];
        for (var round = 0; round < 2_000; round++)
        {
            var message = new byte[random.Next(0, 3_000)];
            random.NextBytes(message);
            var i = random.Next(0, message.Length + 1);
            var j = random.Next(i, message.Length + 1);
            SHA256.HashData(message, expected);
            Sha256.Hash(message.AsSpan(0, i), message.AsSpan(i, j - i), message.AsSpan(j), actual);
            Assert.True(expected.SequenceEqual(actual), $"message of {message.Length} bytes split at {i}, {j}");
        }
    }

    [Fact]
    public void Hash_destination_aliasing_an_input_gives_the_same_hash()
    {
        var left = RandomNumberGenerator.GetBytes(32);
        var right = RandomNumberGenerator.GetBytes(32);
        var expected = SHA256.HashData([1, .. left, .. right]);
        Rfc6962.NodeHash(left, right, left);
        Assert.Equal(expected, left);
    }

    [Fact]
    public void IsNative_on_linux_uses_the_system_openssl()
    {
        // Debian ships libcrypto.so.3 with .NET's own dependencies; without it hashing is ~6x slower.
        Assert.Equal(OperatingSystem.IsLinux(), Sha256.IsNative);
    }
}
