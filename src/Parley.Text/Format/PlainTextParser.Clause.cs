namespace Parley.Text.Format;

public static partial class PlainTextParser
{
    /// <summary>The longest clause an edit may carry, in characters.</summary>
    public const int MaxClauseChars = 64 * 1024;

    /// <summary>
    /// Reads one clause in the plain-text form (words and <c>[brackets]</c>, lines joined with one space), as an editor
    /// sends it: errors carry the line and column within <paramref name="source"/>. A blank line or a heading inside is
    /// refused, since a clause is one block.
    /// </summary>
    /// <param name="source">The clause's wording.</param>
    /// <param name="parties">Who may propose a wording; <see cref="PartyDirectory.Default"/> when null.</param>
    public static (Clause? Clause, IReadOnlyList<TextParseError> Errors) ParseClause(string source, PartyDirectory? parties = null)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Length > MaxClauseChars)
            return (null, [new TextParseError(1, 1, $"the clause is {source.Length} characters long; the limit is {MaxClauseChars}")]);
        var block = new List<(int Line, int Column, string Text)>();
        var errors = new List<TextParseError>();
        var number = 0;
        var blankAt = 0;
        foreach (var raw in source.AsSpan().TrimStart('\uFEFF').EnumerateLines())
        {
            number++;
            var line = raw.ToString();
            var trimmed = line.Trim();
            var indent = line.Length - line.TrimStart().Length;
            if (trimmed.Length == 0)
            {
                blankAt = block.Count > 0 && blankAt == 0 ? number : blankAt;
                continue;
            }
            if (trimmed.StartsWith('#'))
                errors.Add(new(number, indent + 1, "a clause holds no title or article heading ('#' starts one)"));
            else if (blankAt > 0)
                errors.Add(new(blankAt, 1, "a clause is one block of lines: a blank line would start another clause"));
            if (trimmed.Contains('\0', StringComparison.Ordinal))
                errors.Add(new(number, 1, "the clause holds a NUL character"));
            if (errors.Count > 0)
                return (null, errors);
            block.Add((number, indent + 1, trimmed));
        }
        if (block.Count == 0)
            return (null, [new TextParseError(1, 1, "the clause is empty")]);
        var clause = ClauseParser.Parse(block, parties ?? PartyDirectory.Default, errors);
        return errors.Count > 0 || clause is null ? (null, errors) : (clause, []);
    }
}
