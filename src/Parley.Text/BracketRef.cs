using System.Globalization;

namespace Parley.Text;

/// <summary>A bracket's address: its clause and its place among the clause's brackets, from 1 (<c>1.1/2</c>).</summary>
/// <param name="Clause">The clause.</param>
/// <param name="Index">The bracket within the clause, from 1.</param>
public readonly record struct BracketRef(ClauseNumber Clause, int Index)
{
    /// <summary><c>1.1/2</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Clause}/{Index}");

    /// <summary>Reads <c>1.1/2</c>; false for anything else.</summary>
    public static bool TryParse(string? value, out BracketRef bracket)
    {
        bracket = default;
        var slash = value?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash <= 0 || !ClauseNumber.TryParse(value![..slash], out var clause)
            || !int.TryParse(value.AsSpan(slash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index < 1)
            return false;
        bracket = new(clause, index);
        return true;
    }
}
