using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Parley.Analysis.Frontier;

/// <summary>Building the tree: median splits on the widest coordinate of each node, by quickselect.</summary>
internal sealed partial class CandidateIndex
{
    private void Build(int node, int lo, int hi)
    {
        var split = Wide ? Bounds4(node, lo, hi) : Bounds(node, lo, hi);
        if (hi - lo <= LeafSize)
        {
            return;
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

    /// <summary>Stores the node's maximum and returns the coordinate along which its points spread widest.</summary>
    private int Bounds(int node, int lo, int hi)
    {
        var max = _max.AsSpan(node * _n, _n);
        Span<double> min = stackalloc double[_n];
        max.Fill(double.NegativeInfinity);
        min.Fill(double.PositiveInfinity);
        for (var i = lo; i < hi; i++)
        {
            var point = _points.AsSpan(i * _n, _n);
            for (var d = 0; d < _n; d++)
            {
                max[d] = Math.Max(max[d], point[d]);
                min[d] = Math.Min(min[d], point[d]);
            }
        }

        var split = 0;
        for (var d = 1; d < _n; d++)
        {
            if (max[d] - min[d] > max[split] - min[split])
            {
                split = d;
            }
        }

        return split;
    }

    private int Bounds4(int node, int lo, int hi)
    {
        ref var points = ref MemoryMarshal.GetArrayDataReference(_points);
        var max = Vector256.Create(double.NegativeInfinity);
        var min = Vector256.Create(double.PositiveInfinity);
        for (var i = lo; i < hi; i++)
        {
            var point = Vector256.LoadUnsafe(ref points, (nuint)(i * 4));
            max = Vector256.Max(max, point);
            min = Vector256.Min(min, point);
        }

        max.CopyTo(_max.AsSpan(node * 4, 4));
        var spread = max - min;
        var split = 0;
        for (var d = 1; d < 4; d++)
        {
            if (spread[d] > spread[split])
            {
                split = d;
            }
        }

        return split;
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
        if (Wide)
        {
            ref var points = ref MemoryMarshal.GetArrayDataReference(_points);
            var va = Vector256.LoadUnsafe(ref points, (nuint)(a * 4));
            Vector256.LoadUnsafe(ref points, (nuint)(b * 4)).StoreUnsafe(ref points, (nuint)(a * 4));
            va.StoreUnsafe(ref points, (nuint)(b * 4));
        }
        else
        {
            for (var d = 0; d < _n; d++)
            {
                (_points[a * _n + d], _points[b * _n + d]) = (_points[b * _n + d], _points[a * _n + d]);
            }
        }

        (_ids[a], _ids[b]) = (_ids[b], _ids[a]);
    }
}
