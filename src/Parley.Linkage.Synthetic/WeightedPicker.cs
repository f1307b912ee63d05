namespace Parley.Linkage.Synthetic;

/// <summary>Draws items with given weights by binary search over the cumulative distribution.</summary>
internal sealed class WeightedPicker<T>
{
    private readonly T[] _items;
    private readonly double[] _cumulative;

    public WeightedPicker(IReadOnlyList<T> items, Func<int, double> weightOfRank)
        : this(items.Select((item, i) => (item, weightOfRank(i + 1))).ToList())
    {
    }

    public WeightedPicker(IReadOnlyList<(T Item, double Weight)> items)
    {
        _items = [.. items.Select(i => i.Item)];
        _cumulative = new double[items.Count];
        var sum = 0.0;
        for (var i = 0; i < items.Count; i++)
        {
            sum += items[i].Weight;
            _cumulative[i] = sum;
        }
    }

    public int Count => _items.Length;

    public T Pick(Random random)
    {
        var x = random.NextDouble() * _cumulative[^1];
        var i = Array.BinarySearch(_cumulative, x);
        return _items[i < 0 ? Math.Min(~i, _items.Length - 1) : i];
    }
}
