using System.Buffers;

namespace Parley.Analysis.Frontier;

/// <summary>
/// One merge of the merge tree: the Minkowski sum of two groups' frontiers followed by dominance pruning. Pruning
/// after every merge is exact because utilities are additive: if a partial package of one group is dominated, every
/// completion of it is dominated by the same completion of its dominator.
/// </summary>
internal static partial class MergeStep
{
    /// <param name="recordBeaters">Keep <see cref="FrontierNode.BeatenBy"/> on the result: worth it for the last
    /// level of a chain, which a slider may move next.</param>
    public static FrontierNode Merge(FrontierNode a, FrontierNode b, int parties, bool recordBeaters = false)
    {
        var count = a.Count * b.Count;

        // Candidate buffers are large (tens of thousands of points) and short-lived: pooled, not left to the GC.
        var points = ArrayPool<double>.Shared.Rent(count * parties);
        var ids = ArrayPool<int>.Shared.Rent(count);
        for (var x = 0; x < a.Count; x++)
        {
            var pa = a.Point(x, parties);
            for (var y = 0; y < b.Count; y++)
            {
                var id = x * b.Count + y;
                var pb = b.Point(y, parties);
                var into = points.AsSpan(id * parties, parties);
                for (var p = 0; p < parties; p++)
                {
                    into[p] = pa[p] + pb[p];
                }

                ids[id] = id;
            }
        }

        var beatenBy = recordBeaters && parties > 2 && b.Count < byte.MaxValue ? new byte[count] : null;
        var keep = parties == 2 ? Sweep2(points, ids, count) : SkylineN(points, ids, count, parties, b.Count, beatenBy);
        var node = Collect(keep, points, ids, b.Count, parties, beatenBy);
        ArrayPool<double>.Shared.Return(points);
        ArrayPool<int>.Shared.Return(ids);
        return node;
    }

    /// <summary>
    /// Two parties: sort by the first utility, descending, and keep a point only when its second utility beats every
    /// earlier one; a kept point also evicts the last kept ones it beats within the tolerance of the first utility.
    /// </summary>
    private static int Sweep2(double[] points, int[] ids, int count)
    {
        var first = ArrayPool<double>.Shared.Rent(count);
        for (var i = 0; i < count; i++)
        {
            first[i] = -points[2 * ids[i]];
        }

        Array.Sort(first, ids, 0, count);
        var sorted = ArrayPool<double>.Shared.Rent(2 * count);
        var sortedIds = ArrayPool<int>.Shared.Rent(count);
        var kept = 0;
        var bestSecond = double.NegativeInfinity;
        for (var i = 0; i < count; i++)
        {
            var id = ids[i];
            double u0 = points[2 * id], u1 = points[2 * id + 1];
            var dominated = bestSecond >= u1 - Tolerance.Epsilon;
            bestSecond = Math.Max(bestSecond, u1);
            if (dominated)
            {
                continue;
            }

            while (kept > 0 && sorted[2 * (kept - 1)] <= u0 + Tolerance.Epsilon && u1 > sorted[2 * (kept - 1) + 1] + Tolerance.Epsilon)
            {
                kept--;
            }

            sorted[2 * kept] = u0;
            sorted[2 * kept + 1] = u1;
            sortedIds[kept++] = id;
        }

        sortedIds.AsSpan(0, kept).CopyTo(ids);
        sorted.AsSpan(0, 2 * kept).CopyTo(points);
        ArrayPool<double>.Shared.Return(first);
        ArrayPool<double>.Shared.Return(sorted);
        ArrayPool<int>.Shared.Return(sortedIds);
        return kept;
    }

    /// <summary>
    /// N parties: every candidate asks a k-d tree over all candidates whether one beats it. Candidates are checked in
    /// parallel blocks; the index is read-only once built. When <paramref name="beatenBy"/> is given, it receives per
    /// candidate id 0 (kept) or 1 + the right-hand element of its beater.
    /// </summary>
    private static int SkylineN(double[] points, int[] ids, int count, int parties, int rightCount, byte[]? beatenBy)
    {
        using var index = new CandidateIndex(points, ids, count, parties);
        var keep = ArrayPool<bool>.Shared.Rent(count);
        Parallel.For(0, (count + 511) / 512, block =>
        {
            var end = Math.Min(count, (block + 1) * 512);
            var last = -1;
            for (var i = block * 512; i < end; i++)
            {
                // Neighbours in tree order are close in utility space, so the last beater often beats this one too.
                var beater = last >= 0 && index.BeatsAt(last, index.Point(i), index.Id(i))
                    ? last
                    : index.FindBeater(index.Point(i), index.Id(i));
                keep[i] = beater < 0;
                last = beater >= 0 ? beater : last;
                if (beatenBy is not null && beater >= 0)
                {
                    beatenBy[index.Id(i)] = (byte)((index.Id(beater) % rightCount) + 1);
                }
            }
        });

        var kept = 0;
        for (var i = 0; i < count; i++)
        {
            if (keep[i])
            {
                ids[kept] = ids[i];
                index.Point(i).CopyTo(points.AsSpan(kept * parties, parties));
                kept++;
            }
        }

        ArrayPool<bool>.Shared.Return(keep);
        return kept;
    }

    private static FrontierNode Collect(int kept, double[] points, int[] ids, int rightCount, int parties, byte[]? beatenBy)
    {
        var left = new int[kept];
        var right = new int[kept];
        for (var i = 0; i < kept; i++)
        {
            (left[i], right[i]) = Math.DivRem(ids[i], rightCount);
        }

        return FrontierNode.Inner(points[..(kept * parties)], kept, left, right, beatenBy);
    }
}
