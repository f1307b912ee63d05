using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Parley.Ledger.Merkle;

/// <summary>
/// SHA-256 of up to three concatenated parts. Merkle hashing is millions of 65-byte messages, where the
/// per-call cost of <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/> (an OpenSSL EVP context per
/// call, ~700 ns) dwarfs the hash itself (~60 ns with the CPU's SHA extensions). So when the system's OpenSSL 3
/// is there, its low-level <c>SHA256_Init/Update/Final</c> are called directly (~120 ns); the result is checked
/// against the base library once at start, and anything unexpected falls back to the base library.
/// </summary>
internal static unsafe class Sha256
{
    private const int ContextSize = 128; // sizeof(SHA256_CTX) is 112
    private const int StackLimit = 1024;

    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, int> s_init;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int> s_update;
    private static readonly delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int> s_final;

    static Sha256()
    {
        if (!OperatingSystem.IsLinux() || !NativeLibrary.TryLoad("libcrypto.so.3", out var library))
        {
            return;
        }
        if (NativeLibrary.TryGetExport(library, "SHA256_Init", out var init)
            && NativeLibrary.TryGetExport(library, "SHA256_Update", out var update)
            && NativeLibrary.TryGetExport(library, "SHA256_Final", out var final))
        {
            s_init = (delegate* unmanaged[SuppressGCTransition]<byte*, int>)init;
            s_update = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, nuint, int>)update;
            s_final = (delegate* unmanaged[SuppressGCTransition]<byte*, byte*, int>)final;
            if (!AgreesWithBaseLibrary())
            {
                s_init = null;
            }
        }
    }

    /// <summary>Whether the direct OpenSSL path is in use (reported by the benchmarks).</summary>
    public static bool IsNative => s_init != null;

    /// <summary>Writes SHA-256(<paramref name="a"/> || <paramref name="b"/> || <paramref name="c"/>); destination may alias an input.</summary>
    public static void Hash(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, Span<byte> destination)
    {
        if (s_init == null)
        {
            HashManaged(a, b, c, destination);
            return;
        }
        byte* context = stackalloc byte[ContextSize];
        Span<byte> digest = stackalloc byte[Rfc6962.HashSize];
        fixed (byte* pa = a, pb = b, pc = c, pd = digest)
        {
            // Each call returns 1; a 0 could only come from a null pointer, which cannot happen here.
            _ = s_init(context);
            _ = s_update(context, pa, (nuint)a.Length);
            _ = s_update(context, pb, (nuint)b.Length);
            _ = s_update(context, pc, (nuint)c.Length);
            _ = s_final(pd, context);
        }
        digest.CopyTo(destination);
    }

    private static void HashManaged(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, ReadOnlySpan<byte> c, Span<byte> destination)
    {
        var length = a.Length + b.Length + c.Length;
        if (length <= StackLimit)
        {
            Span<byte> buffer = stackalloc byte[length];
            a.CopyTo(buffer);
            b.CopyTo(buffer[a.Length..]);
            c.CopyTo(buffer[(a.Length + b.Length)..]);
            SHA256.HashData(buffer, destination);
            return;
        }
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(a);
        hash.AppendData(b);
        hash.AppendData(c);
        hash.GetHashAndReset(destination);
    }

    private static bool AgreesWithBaseLibrary()
    {
        Span<byte> message = stackalloc byte[200];
        Span<byte> expected = stackalloc byte[Rfc6962.HashSize];
        Span<byte> actual = stackalloc byte[Rfc6962.HashSize];
        for (var length = 0; length <= message.Length; length += 13)
        {
            for (var i = 0; i < length; i++)
            {
                message[i] = (byte)(i * 31 + length);
            }
            SHA256.HashData(message[..length], expected);
            Hash(message[..(length / 3)], message[(length / 3)..(length / 2)], message[(length / 2)..length], actual);
            if (!expected.SequenceEqual(actual))
            {
                return false;
            }
        }
        return true;
    }
}
