using System.Buffers;

namespace Parley.Analysis.Frontier;

/// <summary>
/// A k-d tree over a set of candidate utility vectors, laid out implicitly (node k covers a range, split at its
/// middle, children 2k+1 and 2k+2) with the coordinate-wise maximum of each node. It answers "does any other
/// candidate dominate this one?": a node whose maximum falls below the candidate (minus ε) on any coordinate is
/// skipped whole, which is what makes a skyline of tens of thousands of points cheap.
/// </summary>
internal sealed partial class CandidateIndex : IDisposable
{
    private const int LeafSize = 16;
    private const int ParallelBuild = 8192;

    private readonly int _n;
    private readonly double[] _points;
    private readonly int[] _ids;
    private readonly double[] _max;
    private readonly bool _pooled;

    /// <summary>Takes ownership of the arrays and reorders them.</summary>
    /// <param name="pooled">The node maxima come from the shared pool and go back on <see cref="Dispose"/>; an index
    /// that is kept (with a frontier, or for the next slider edit) allocates its own.</param>
    public CandidateIndex(double[] points, int[] ids, int count, int parties, bool pooled = true)
    {
        _n = parties;
        _points = points;
        _ids = ids;
        _pooled = pooled;
        var nodes = 1;
        while (count > LeafSize * nodes)
        {
            nodes *= 2;
        }

        _max = pooled ? ArrayPool<double>.Shared.Rent(2 * nodes * parties) : new double[2 * nodes * parties];
        Count = count;
        if (count > 0)
        {
            Build(0, 0, count);
        }
    }

    public int Count { get; }

    public void Dispose()
    {
        if (_pooled)
        {
            ArrayPool<double>.Shared.Return(_max);
        }
    }

    public ReadOnlySpan<double> Point(int i) => _points.AsSpan(i * _n, _n);

    public int Id(int i) => _ids[i];

    /// <summary>
    /// The position of a candidate that is not worse than <paramref name="c"/> everywhere and better somewhere, or
    /// equal to it with a smaller id (equal candidates keep the first); -1 when there is none.
    /// </summary>
    public int FindBeater(ReadOnlySpan<double> c, int id) => Count > 0 ? Search(0, 0, Count, c, id) : -1;

    /// <summary>Whether the candidate at <paramref name="position"/> beats <paramref name="c"/> in that sense.</summary>
    public bool BeatsAt(int position, ReadOnlySpan<double> c, int id) =>
        Beats(_points.AsSpan(position * _n, _n), c) is var relation && (relation > 0 || (relation == 0 && _ids[position] < id));

    private int Search(int node, int lo, int hi, ReadOnlySpan<double> c, int id)
    {
        var max = _max.AsSpan(node * _n, _n);
        for (var i = 0; i < max.Length; i++)
        {
            if (max[i] < c[i] - Tolerance.Epsilon)
            {
                return -1;
            }
        }

        if (hi - lo <= LeafSize)
        {
            for (var y = lo; y < hi; y++)
            {
                if (BeatsAt(y, c, id))
                {
                    return y;
                }
            }

            return -1;
        }

        var mid = lo + (hi - lo) / 2;
        var found = Search(2 * node + 2, mid, hi, c, id);
        return found >= 0 ? found : Search(2 * node + 1, lo, mid, c, id);
    }

    /// <summary>1 when y dominates c, 0 when equal, -1 otherwise.</summary>
    private static int Beats(ReadOnlySpan<double> y, ReadOnlySpan<double> c)
    {
        var better = false;
        for (var i = 0; i < y.Length; i++)
        {
            if (y[i] < c[i] - Tolerance.Epsilon)
            {
                return -1;
            }

            better |= y[i] > c[i] + Tolerance.Epsilon;
        }

        return better ? 1 : 0;
    }

    private void Build(int node, int lo, int hi)
    {
        var max = _max.AsSpan(node * _n, _n);
        Span<double> min = stackalloc double[_n];
        max.Fill(double.NegativeInfinity);
        min.Fill(double.PositiveInfinity);
        for (var i = lo; i < hi; i++)
        {
            for (var d = 0; d < _n; d++)
            {
                var x = _points[i * _n + d];
                max[d] = Math.Max(max[d], x);
                min[d] = Math.Min(min[d], x);
            }
        }

        if (hi - lo <= LeafSize)
        {
            return;
        }

        var split = 0;
        for (var d = 1; d < _n; d++)
        {
            if (max[d] - min[d] > max[split] - min[split])
            {
                split = d;
            }
        }

        var mid = lo + (hi - lo) / 2;
        Select(lo, hi - 1, mid, split);
        if (hi - lo >= ParallelBuild)
        {
            // The halves own disjoint ranges of the arrays and disjoint nodes, so they can be built at once.
            Parallel.Invoke(() => Build(2 * node + 1, lo, mid), () => Build(2 * node + 2, mid, hi));
        }
        else
        {
            Build(2 * node + 1, lo, mid);
            Build(2 * node + 2, mid, hi);
        }
    }

    /// <summary>Quickselect (Hoare): puts the k-th smallest by coordinate d at k, smaller ones before it.</summary>
    private void Select(int left, int right, int k, int d)
    {
        while (left < right)
        {
            var pivot = Key((left + right) >>> 1, d);
            int i = left, j = right;
            while (i <= j)
            {
                while (Key(i, d) < pivot)
                {
                    i++;
                }

                while (Key(j, d) > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    Swap(i++, j--);
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private double Key(int i, int d) => _points[i * _n + d];

    private void Swap(int a, int b)
    {
        for (var d = 0; d < _n; d++)
        {
            (_points[a * _n + d], _points[b * _n + d]) = (_points[b * _n + d], _points[a * _n + d]);
        }

        (_ids[a], _ids[b]) = (_ids[b], _ids[a]);
    }
}
