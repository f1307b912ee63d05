namespace Parley.Analysis.Reference;

/// <summary>
/// Block-nested-loops skyline (Börzsönyi, Kossmann and Stocker 2001): a window of mutually non-dominated points;
/// each new point is dropped when a window point dominates or equals it, and evicts the window points it dominates.
/// A hit moves one step towards the front, so strong points are met first.
/// </summary>
internal sealed class SkylineWindow(int parties)
{
    private double[] _points = new double[64 * parties];
    private long[] _ids = new long[64];

    public int Count { get; private set; }

    public ReadOnlySpan<double> Point(int i) => _points.AsSpan(i * parties, parties);

    public long Id(int i) => _ids[i];

    public void Offer(ReadOnlySpan<double> p, long id)
    {
        var n = parties;
        var points = _points;

        // Most packages are dominated: look for a point that dominates or equals p, leaving each early.
        for (var w = 0; w < Count; w++)
        {
            var q = points.AsSpan(w * n, n);
            var i = 0;
            while (i < n && q[i] >= p[i] - Tolerance.Epsilon)
            {
                i++;
            }

            if (i == n)
            {
                if (w > 0)
                {
                    Swap(w, w - 1);
                }

                return;
            }
        }

        // p enters: evict what it dominates (nothing in the window equals p, or the first pass would have met it).
        for (var w = 0; w < Count; w++)
        {
            if (Tolerance.Dominates(p, points.AsSpan(w * n, n)))
            {
                Count--;
                Swap(w, Count);
                w--;
            }
        }

        if (Count == _ids.Length)
        {
            Array.Resize(ref _points, _points.Length * 2);
            Array.Resize(ref _ids, _ids.Length * 2);
        }

        p.CopyTo(_points.AsSpan(Count * n, n));
        _ids[Count++] = id;
    }

    private void Swap(int a, int b)
    {
        var n = parties;
        for (var i = 0; i < n; i++)
        {
            (_points[a * n + i], _points[b * n + i]) = (_points[b * n + i], _points[a * n + i]);
        }

        (_ids[a], _ids[b]) = (_ids[b], _ids[a]);
    }
}
