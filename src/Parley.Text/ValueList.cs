using System.Collections;
using System.Runtime.CompilerServices;

namespace Parley.Text;

/// <summary>
/// A read-only list compared by its items, so records holding one (clauses, brackets, articles) get value
/// equality: two parses of the same text are equal.
/// </summary>
/// <typeparam name="T">The item type; its own <see cref="object.Equals(object)"/> decides.</typeparam>
[CollectionBuilder(typeof(ValueList), nameof(ValueList.Create))]
public sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] _items;

    /// <summary>Copies <paramref name="items"/>.</summary>
    public ValueList(IEnumerable<T> items) => _items = [.. items];

    /// <inheritdoc/>
    public T this[int index] => _items[index];

    /// <inheritdoc/>
    public int Count => _items.Length;

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => _items.GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(ValueList<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || _items.AsSpan().SequenceEqual(other._items));

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as ValueList<T>);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in _items)
            hash.Add(item);
        return hash.ToHashCode();
    }

    /// <summary>Wraps a list (implicitly, so model records can be built from collection expressions).</summary>
    public static implicit operator ValueList<T>(T[] items) => new(items);

    /// <summary>Wraps a list.</summary>
    public static implicit operator ValueList<T>(List<T> items) => new(items);
}

/// <summary>Builds <see cref="ValueList{T}"/> from collection expressions.</summary>
public static class ValueList
{
    /// <summary>Copies <paramref name="items"/> into a new list.</summary>
    public static ValueList<T> Create<T>(ReadOnlySpan<T> items) => new(items.ToArray());
}
