namespace Parley.Ledger.Merkle;

/// <summary>
/// The textbook recursion of RFC 6962 section 2.1 over all leaf hashes: the reference the tests compare
/// against and the baseline the benchmark measures (O(n) work per root).
/// </summary>
internal static class NaiveMerkle
{
    public static byte[] Root(ReadOnlySpan<byte> leafHashes, long start, long end)
    {
        var n = end - start;
        if (n == 0)
        {
            return Rfc6962.EmptyRoot();
        }
        if (n == 1)
        {
            return leafHashes.Slice((int)(start * Rfc6962.HashSize), Rfc6962.HashSize).ToArray();
        }
        var k = TreeMath.SplitPoint(n);
        return Rfc6962.NodeHash(Root(leafHashes, start, start + k), Root(leafHashes, start + k, end));
    }
}
