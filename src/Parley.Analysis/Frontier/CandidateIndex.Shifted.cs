namespace Parley.Analysis.Frontier;

/// <summary>
/// Queries against a translated copy of the indexed points. Merging a frontier F with an issue's options makes one
/// copy <c>F + o_j</c> per option; an index over F answers for a copy by shifting the query.
/// </summary>
internal sealed partial class CandidateIndex
{
    /// <summary>
    /// The position of a point y of this index such that <c>y + shift</c> beats <paramref name="c"/> (as in
    /// <see cref="FindBeater"/>, the translated point's id being <c>Id(y) · stride + copy</c>), or -1.
    /// </summary>
    public int FindShiftedBeater(ReadOnlySpan<double> c, int id, ReadOnlySpan<double> shift, int stride, int copy) =>
        Count == 0 ? -1 : Wide ? ShiftedSearch4(c, id, shift, stride, copy) : SearchShifted(0, 0, Count, c, id, shift, stride, copy);

    private bool ShiftedBeatsAt(int position, ReadOnlySpan<double> c, int id, ReadOnlySpan<double> shift, int stride, int copy)
    {
        // The translated point is summed exactly as a merge sums its candidates, so the ε comparisons see the same numbers.
        var y = _points.AsSpan(position * _n, _n);
        var better = false;
        for (var i = 0; i < y.Length; i++)
        {
            var v = y[i] + shift[i];
            if (v < c[i] - Tolerance.Epsilon)
            {
                return false;
            }

            better |= v > c[i] + Tolerance.Epsilon;
        }

        return better || (_ids[position] * stride) + copy < id;
    }

    private int SearchShifted(int node, int lo, int hi, ReadOnlySpan<double> c, int id, ReadOnlySpan<double> shift, int stride, int copy)
    {
        // Rounding is monotonic: y ≤ max gives y + s ≤ max + s, so the node's shifted maximum bounds its shifted points.
        var max = _max.AsSpan(node * _n, _n);
        for (var i = 0; i < max.Length; i++)
        {
            if (max[i] + shift[i] < c[i] - Tolerance.Epsilon)
            {
                return -1;
            }
        }

        if (hi - lo <= LeafSize)
        {
            for (var y = lo; y < hi; y++)
            {
                if (ShiftedBeatsAt(y, c, id, shift, stride, copy))
                {
                    return y;
                }
            }

            return -1;
        }

        var mid = lo + (hi - lo) / 2;
        var found = SearchShifted(2 * node + 2, mid, hi, c, id, shift, stride, copy);
        return found >= 0 ? found : SearchShifted(2 * node + 1, lo, mid, c, id, shift, stride, copy);
    }
}
