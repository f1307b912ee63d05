using System.Buffers;

namespace Parley.Analysis.Frontier;

/// <summary>
/// A k-d tree over a set of candidate utility vectors, laid out implicitly (node k covers a range, split at its
/// middle, children 2k+1 and 2k+2) with the coordinate-wise maximum of each node. It answers "does any other
/// candidate dominate this one?": a node whose maximum falls below the candidate (minus ε) on any coordinate is
/// skipped whole, which is what makes a skyline of tens of thousands of points cheap. With four parties a point is
/// one 256-bit vector and the searches compare whole points at once (<see cref="Search4(ReadOnlySpan{double}, int)"/>).
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

    private bool Wide => _n == 4 && System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated;

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
    public int FindBeater(ReadOnlySpan<double> c, int id) =>
        Count == 0 ? -1 : Wide ? Search4(c, id) : Search(0, 0, Count, c, id);

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
}
