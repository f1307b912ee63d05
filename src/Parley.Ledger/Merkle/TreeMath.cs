using System.Numerics;

namespace Parley.Ledger.Merkle;

/// <summary>Index arithmetic shared by proofs and tiles (RFC 9162 section 2.1).</summary>
internal static class TreeMath
{
    /// <summary>The largest power of two strictly smaller than <paramref name="n"/> (n &gt; 1): RFC 9162's k.</summary>
    public static long SplitPoint(long n) => 1L << (63 - BitOperations.LeadingZeroCount((ulong)(n - 1)));

    /// <summary>Appends the perfect subtrees covering [start, end), largest first, for a range whose start is aligned to it.</summary>
    public static void Decompose(long start, long end, List<NodeId> into)
    {
        while (start < end)
        {
            var width = end - start;
            var level = 63 - BitOperations.LeadingZeroCount((ulong)width);
            // The range begins at a multiple of its largest power of two, so the first piece is a real tree node.
            var alignment = start == 0 ? 63 : BitOperations.TrailingZeroCount(start);
            level = Math.Min(level, alignment);
            into.Add(new NodeId(level, start >> level));
            start += 1L << level;
        }
    }
}
