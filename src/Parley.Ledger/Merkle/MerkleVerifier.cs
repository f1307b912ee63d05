using System.Numerics;
using System.Security.Cryptography;

namespace Parley.Ledger.Merkle;

/// <summary>
/// Verification of inclusion and consistency proofs, RFC 9162 sections 2.1.3.2 and 2.1.4.2.
/// Proofs are the concatenation of their 32-byte hashes; nothing is allocated.
/// </summary>
public static partial class MerkleVerifier
{
    private const int H = Rfc6962.HashSize;

    /// <summary>Verifies that the leaf with <paramref name="leafHash"/> sits at <paramref name="index"/> in the tree of <paramref name="size"/> with <paramref name="root"/>.</summary>
    public static ProofFailure VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, ReadOnlySpan<byte> proof, ReadOnlySpan<byte> root)
    {
        if (index < 0 || index >= size)
        {
            return ProofFailure.OutOfRange;
        }
        if (leafHash.Length != H || root.Length != H || proof.Length % H != 0)
        {
            return ProofFailure.MalformedHash;
        }
        if (proof.Length / H != InclusionLength(index, size))
        {
            return ProofFailure.WrongLength;
        }
        Span<byte> r = stackalloc byte[H];
        leafHash.CopyTo(r);
        ulong fn = (ulong)index, sn = (ulong)(size - 1);
        for (var i = 0; i < proof.Length; i += H)
        {
            var p = proof.Slice(i, H);
            if ((fn & 1) == 1 || fn == sn)
            {
                Rfc6962.NodeHash(p, r, r);
                if ((fn & 1) == 0)
                {
                    while ((fn & 1) == 0 && fn != 0)
                    {
                        fn >>= 1;
                        sn >>= 1;
                    }
                }
            }
            else
            {
                Rfc6962.NodeHash(r, p, r);
            }
            fn >>= 1;
            sn >>= 1;
        }
        return sn == 0 && CryptographicOperations.FixedTimeEquals(r, root) ? ProofFailure.None : ProofFailure.RootMismatch;
    }

    /// <summary>Verifies that the tree of <paramref name="size2"/> with <paramref name="root2"/> extends the tree of <paramref name="size1"/> with <paramref name="root1"/>.</summary>
    public static ProofFailure VerifyConsistency(long size1, long size2, ReadOnlySpan<byte> proof, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2)
    {
        if (size1 < 0 || size2 < size1)
        {
            return ProofFailure.OutOfRange;
        }
        if (size1 == 0)
        {
            return ProofFailure.EmptyOldTree;
        }
        if (size1 == size2)
        {
            // Same tree: nothing to prove, the heads must simply be identical (as transparency-dev/merkle does).
            if (!proof.IsEmpty)
            {
                return ProofFailure.WrongLength;
            }
            return root1.SequenceEqual(root2) ? ProofFailure.None : ProofFailure.RootMismatch;
        }
        if (root1.Length != H || root2.Length != H || proof.Length % H != 0)
        {
            return ProofFailure.MalformedHash;
        }
        if (proof.Length / H != ConsistencyLength(size1, size2))
        {
            return ProofFailure.WrongLength;
        }
        var firstIsPowerOfTwo = BitOperations.IsPow2(size1);
        Span<byte> fr = stackalloc byte[H];
        Span<byte> sr = stackalloc byte[H];
        // RFC 9162: when size1 is a power of two the old root itself is the first path element.
        var seed = firstIsPowerOfTwo ? root1 : proof[..H];
        var rest = firstIsPowerOfTwo ? proof : proof[H..];
        seed.CopyTo(fr);
        seed.CopyTo(sr);
        ulong fn = (ulong)(size1 - 1), sn = (ulong)(size2 - 1);
        while ((fn & 1) == 1)
        {
            fn >>= 1;
            sn >>= 1;
        }
        for (var i = 0; i < rest.Length; i += H)
        {
            if (sn == 0)
            {
                return ProofFailure.WrongLength;
            }
            var c = rest.Slice(i, H);
            if ((fn & 1) == 1 || fn == sn)
            {
                Rfc6962.NodeHash(c, fr, fr);
                Rfc6962.NodeHash(c, sr, sr);
                while ((fn & 1) == 0 && fn != 0)
                {
                    fn >>= 1;
                    sn >>= 1;
                }
            }
            else
            {
                Rfc6962.NodeHash(sr, c, sr);
            }
            fn >>= 1;
            sn >>= 1;
        }
        if (sn != 0)
        {
            return ProofFailure.WrongLength;
        }
        var firstOk = CryptographicOperations.FixedTimeEquals(fr, root1);
        var secondOk = CryptographicOperations.FixedTimeEquals(sr, root2);
        return firstOk && secondOk ? ProofFailure.None : ProofFailure.RootMismatch;
    }

    /// <summary>Number of hashes in an inclusion proof for <paramref name="index"/> in a tree of <paramref name="size"/>.</summary>
    public static int InclusionLength(long index, long size)
    {
        // Inner nodes: levels where index and size-1 still differ; border: set bits of index above them.
        var inner = 64 - BitOperations.LeadingZeroCount((ulong)(index ^ (size - 1)));
        var border = BitOperations.PopCount((ulong)index >> inner);
        return inner + border;
    }

    /// <summary>Number of hashes in a consistency proof from <paramref name="size1"/> to <paramref name="size2"/> (0 &lt; size1 &lt; size2).</summary>
    public static int ConsistencyLength(long size1, long size2)
    {
        var level = BitOperations.TrailingZeroCount((ulong)size1);
        var index = (size1 - 1) >> level;
        var last = (size2 - 1) >> level;
        var length = InclusionLength(index, last + 1);
        return index == 0 ? length : length + 1;
    }
}
