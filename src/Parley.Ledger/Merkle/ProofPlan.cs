namespace Parley.Ledger.Merkle;

/// <summary>
/// The leaf ranges whose Merkle tree hashes form a proof, in proof order: RFC 6962 section 2.1.1
/// PATH(m, D[n]) and section 2.1.2 SUBPROOF(m, D[n], b).
/// </summary>
internal static class ProofPlan
{
    public static void Inclusion(long index, long size, List<(long Start, long End)> ranges) =>
        Path(index, 0, size, ranges);

    public static void Consistency(long size1, long size2, List<(long Start, long End)> ranges) =>
        SubProof(size1, 0, size2, true, ranges);

    private static void Path(long m, long lo, long hi, List<(long, long)> ranges)
    {
        if (hi - lo <= 1)
        {
            return;
        }
        var k = TreeMath.SplitPoint(hi - lo);
        if (m - lo < k)
        {
            Path(m, lo, lo + k, ranges);
            ranges.Add((lo + k, hi));
        }
        else
        {
            Path(m, lo + k, hi, ranges);
            ranges.Add((lo, lo + k));
        }
    }

    private static void SubProof(long m, long lo, long hi, bool complete, List<(long, long)> ranges)
    {
        var n = hi - lo;
        if (m == n)
        {
            if (!complete)
            {
                ranges.Add((lo, hi));
            }
            return;
        }
        var k = TreeMath.SplitPoint(n);
        if (m <= k)
        {
            SubProof(m, lo, lo + k, complete, ranges);
            ranges.Add((lo + k, hi));
        }
        else
        {
            SubProof(m - k, lo + k, hi, false, ranges);
            ranges.Add((lo, lo + k));
        }
    }
}
