namespace Parley.Analysis.Frontier;

/// <summary>
/// The last merge again after one option of the last-merged issue moved (a slider). Candidates, ids and the relation
/// are those of <see cref="Merge"/>, so the kept set is the same; only the questions already answered are not asked
/// again: a candidate of an unmoved copy is checked against the moved copy alone (one shifted query on F's index),
/// and a candidate of the moved copy against the cached index of the others plus its own copy.
/// </summary>
internal static partial class MergeStep
{
    private const int SliderBlock = 256;

    /// <param name="cache">Built for <paramref name="front"/>, <paramref name="copy"/> and the leaf's other options as
    /// they are now (<see cref="SliderState.Matches"/>).</param>
    public static FrontierNode MergeSlider(FrontierNode front, FrontierNode leaf, int copy, int parties, SliderCache cache)
    {
        var m = leaf.Count;
        var frontIndex = front.Index(parties);
        var others = cache;
        var keep = new bool[front.Count * m];
        var moved = leaf.Point(copy, parties).ToArray();
        Parallel.For(0, (front.Count + SliderBlock - 1) / SliderBlock, block =>
        {
            Span<double> c = stackalloc double[parties];
            var end = Math.Min(front.Count, (block + 1) * SliderBlock);
            for (var x = block * SliderBlock; x < end; x++)
            {
                var pa = front.Point(x, parties);
                for (var j = 0; j < m; j++)
                {
                    var id = (x * m) + j;
                    if (j != copy && others.BeatenByOthers[id])
                    {
                        continue;
                    }

                    var pb = leaf.Point(j, parties);
                    for (var p = 0; p < parties; p++)
                    {
                        c[p] = pa[p] + pb[p];
                    }

                    keep[id] = (j != copy || others.Index.FindBeater(c, id) < 0)
                        && frontIndex.FindShiftedBeater(c, id, moved, m, copy) < 0;
                }
            }
        });

        return Collect(front, leaf, keep, parties);
    }

    /// <param name="previous">A merge of <paramref name="front"/> with this leaf as far as the unmoved copies go: its
    /// survivors of those copies are known not to be beaten by them, and its <see cref="FrontierNode.BeatenBy"/> names
    /// the candidates beaten from another unmoved copy.</param>
    public static SliderCache BuildCache(FrontierNode front, FrontierNode leaf, int copy, int parties, FrontierNode? previous)
    {
        var m = leaf.Count;
        var survived = new bool[front.Count * m];
        for (var i = 0; i < (previous?.Count ?? 0); i++)
        {
            survived[(previous!.Left![i] * m) + previous.Right![i]] = previous.Right[i] != copy;
        }

        // The copies other than k are unchanged since the last merge: what beat a candidate there, if not copy k, still does.
        var by = previous?.BeatenBy;
        var beatenElsewhere = (byte)(copy + 1);

        var count = front.Count * (m - 1);
        var points = new double[count * parties];
        var ids = new int[count];
        var n = 0;
        for (var x = 0; x < front.Count; x++)
        {
            var pa = front.Point(x, parties);
            for (var j = 0; j < m; j++)
            {
                if (j == copy)
                {
                    continue;
                }

                var pb = leaf.Point(j, parties);
                for (var p = 0; p < parties; p++)
                {
                    points[(n * parties) + p] = pa[p] + pb[p];
                }

                ids[n++] = (x * m) + j;
            }
        }

        var index = new CandidateIndex(points, ids, count, parties, pooled: false);
        var beaten = new bool[front.Count * m];
        Parallel.For(0, (count + 511) / 512, block =>
        {
            var end = Math.Min(count, (block + 1) * 512);
            var last = -1;
            for (var i = block * 512; i < end; i++)
            {
                // A survivor of the last merge was beaten by no candidate then, the unmoved copies' among them.
                var id = index.Id(i);
                if (survived[id] || (by is not null && by[id] != 0 && by[id] != beatenElsewhere))
                {
                    beaten[id] = !survived[id];
                    continue;
                }

                // As in the merge: a neighbour's beater in tree order often beats this one too.
                var beater = last >= 0 && index.BeatsAt(last, index.Point(i), id) ? last : index.FindBeater(index.Point(i), id);
                beaten[id] = beater >= 0;
                last = beater >= 0 ? beater : last;
            }
        });

        return new SliderCache(front, SliderCache.OthersOf(leaf, copy, parties), copy, index, beaten);
    }

    private static FrontierNode Collect(FrontierNode front, FrontierNode leaf, bool[] keep, int parties)
    {
        var m = leaf.Count;
        var kept = 0;
        foreach (var k in keep)
        {
            kept += k ? 1 : 0;
        }

        var points = new double[kept * parties];
        var left = new int[kept];
        var right = new int[kept];
        var n = 0;
        for (var id = 0; id < keep.Length; id++)
        {
            if (!keep[id])
            {
                continue;
            }

            var (x, j) = Math.DivRem(id, m);
            var pa = front.Point(x, parties);
            var pb = leaf.Point(j, parties);
            for (var p = 0; p < parties; p++)
            {
                points[(n * parties) + p] = pa[p] + pb[p];
            }

            (left[n], right[n]) = (x, j);
            n++;
        }

        return FrontierNode.Inner(points, kept, left, right);
    }
}
