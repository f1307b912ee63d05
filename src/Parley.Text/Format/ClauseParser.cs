using System.Text;

namespace Parley.Text.Format;

/// <summary>Reads one clause (a block of lines joined with one space) into words and brackets.</summary>
internal static class ClauseParser
{
    public static Clause? Parse(IReadOnlyList<(int Line, int Column, string Text)> block, PartyDirectory parties, List<TextParseError> errors)
    {
        var (chars, lines, columns) = Join(block);
        var errorCount = errors.Count;
        var segments = new List<Segment>();
        var words = new StringBuilder();
        var alternatives = new List<Alternative>();
        var alternative = new StringBuilder();
        var alternativeStart = -1;
        var open = -1;
        var nested = 0;

        for (var i = 0; i < chars.Length; i++)
        {
            var ch = chars[i];
            var target = open >= 0 ? alternative : words;
            if (ch == '\\' && i + 1 < chars.Length && chars[i + 1] is '[' or ']' or '|' or '\\')
            {
                if (open >= 0 && alternativeStart < 0)
                    alternativeStart = i;
                target.Append(chars[++i]);
                continue;
            }
            switch (ch)
            {
                case '[' when open >= 0:
                    errors.Add(new(lines[i], columns[i], $"brackets do not nest: this '[' is inside the bracket opened at line {lines[open]}, column {columns[open]}"));
                    nested++;
                    break;
                case ']' when nested > 0:
                    // The nested bracket's own end: already reported with its '['.
                    nested--;
                    break;
                case '[':
                    open = i;
                    alternatives.Clear();
                    alternative.Clear();
                    alternativeStart = -1;
                    if (words.Length > 0)
                        segments.Add(new Words(words.ToString()));
                    words.Clear();
                    break;
                case ']' when open < 0:
                    errors.Add(new(lines[i], columns[i], "this ']' closes no bracket (write '\\]' for the character)"));
                    break;
                case ']':
                    alternatives.Add(Alternative(alternative, alternativeStart));
                    if (alternatives.Count == 1 && alternatives[0] is { Party: null, Text.Length: 0 })
                        errors.Add(new(lines[open], columns[open], "the bracket is empty"));
                    segments.Add(new Bracket(alternatives.ToArray()));
                    open = -1;
                    break;
                case '|' when open >= 0:
                    alternatives.Add(Alternative(alternative, alternativeStart));
                    alternative.Clear();
                    alternativeStart = -1;
                    break;
                default:
                    if (open >= 0 && alternativeStart < 0 && ch != ' ')
                        alternativeStart = i;
                    target.Append(ch);
                    break;
            }
        }
        if (open >= 0)
            errors.Add(new(lines[open], columns[open], "this '[' is not closed before the clause ends (a blank line ends a clause)"));
        if (words.Length > 0)
            segments.Add(new Words(words.ToString()));
        return errors.Count > errorCount ? null : new Clause(segments);

        Alternative Alternative(StringBuilder raw, int start)
        {
            var text = raw.ToString().Trim();
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
                return new(null, text);
            var candidate = text.AsSpan(0, colon).Trim();
            if (parties.Find(candidate) is { } code)
                return new(code, text[(colon + 1)..].Trim());
            if (LooksLikeParty(candidate))
            {
                var at = Math.Max(start, 0);
                errors.Add(new(lines[at], columns[at], $"'{candidate}' is not a known party; use a code ({string.Join(", ", parties.Codes)}) or a party's name"));
            }
            return new(null, text);
        }
    }

    /// <summary>
    /// A prefix before a colon names a party when it is one to three capitalised words of letters
    /// (<c>UA</c>, <c>Narnia</c>, <c>United Kingdom</c>); anything else (<c>the following:</c>,
    /// <c>Article 5:</c>) is the chair's wording.
    /// </summary>
    internal static bool LooksLikeParty(ReadOnlySpan<char> candidate)
    {
        var words = 0;
        foreach (var range in candidate.Split(' '))
        {
            var word = candidate[range];
            if (word.Length == 0 || !char.IsUpper(word[0]) || ++words > 3)
                return false;
            foreach (var ch in word)
            {
                if (!char.IsLetter(ch) && ch is not '-' and not '.' and not '\'' and not '’')
                    return false;
            }
        }
        return words > 0;
    }

    private static (char[] Chars, int[] Lines, int[] Columns) Join(IReadOnlyList<(int Line, int Column, string Text)> block)
    {
        var length = block.Sum(l => l.Text.Length + 1);
        var chars = new char[length];
        var lines = new int[length];
        var columns = new int[length];
        var n = 0;
        foreach (var (line, column, text) in block)
        {
            if (n > 0)
                Put(' ', line, column - 1);
            for (var i = 0; i < text.Length; i++)
            {
                var ch = char.IsWhiteSpace(text[i]) ? ' ' : text[i];
                if (ch == ' ' && n > 0 && chars[n - 1] == ' ')
                    continue;
                Put(ch, line, column + i);
            }
        }
        return (chars[..n], lines[..n], columns[..n]);

        void Put(char ch, int line, int column)
        {
            chars[n] = ch;
            lines[n] = line;
            columns[n] = column;
            n++;
        }
    }
}
