using System.Globalization;

namespace Parley.Text;

/// <summary>A clause's place: article number and position within it, both from 1 (<c>2.1</c>).</summary>
/// <param name="Article">The article, from 1.</param>
/// <param name="Position">The clause within its article, from 1.</param>
public readonly record struct ClauseNumber(int Article, int Position) : IComparable<ClauseNumber>
{
    /// <inheritdoc/>
    public int CompareTo(ClauseNumber other) =>
        Article != other.Article ? Article.CompareTo(other.Article) : Position.CompareTo(other.Position);

    /// <summary>Orders clause numbers as <see cref="CompareTo"/> does.</summary>
    public static bool operator <(ClauseNumber left, ClauseNumber right) => left.CompareTo(right) < 0;

    /// <summary>Orders clause numbers as <see cref="CompareTo"/> does.</summary>
    public static bool operator <=(ClauseNumber left, ClauseNumber right) => left.CompareTo(right) <= 0;

    /// <summary>Orders clause numbers as <see cref="CompareTo"/> does.</summary>
    public static bool operator >(ClauseNumber left, ClauseNumber right) => left.CompareTo(right) > 0;

    /// <summary>Orders clause numbers as <see cref="CompareTo"/> does.</summary>
    public static bool operator >=(ClauseNumber left, ClauseNumber right) => left.CompareTo(right) >= 0;

    /// <summary>The contract's form, <c>2.1</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Article}.{Position}");

    /// <summary>Reads <c>2.1</c>; false for anything else.</summary>
    public static bool TryParse(string? value, out ClauseNumber number)
    {
        number = default;
        var dot = value?.IndexOf('.', StringComparison.Ordinal) ?? -1;
        if (dot <= 0
            || !int.TryParse(value.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var article)
            || !int.TryParse(value.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var position)
            || article < 1 || position < 1)
            return false;
        number = new(article, position);
        return true;
    }
}
