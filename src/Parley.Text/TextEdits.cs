using System.Text;

namespace Parley.Text;

/// <summary>
/// The chair's edits that keep the rest of the text as it was: fold a party's wording into a bracket,
/// clean a bracket by choosing one wording, or apply a whole package of choices (a "chair's compromise").
/// </summary>
public static partial class TextEdits
{
    /// <summary>Every bracket of the text with its address.</summary>
    public static IEnumerable<(BracketRef Ref, Bracket Bracket)> Brackets(NegotiatingText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var (number, clause) in text.Clauses)
        {
            var i = 0;
            foreach (var bracket in clause.Brackets)
                yield return (new BracketRef(number, ++i), bracket);
        }
    }

    /// <summary>
    /// Folds <paramref name="wording"/> into the bracket at <paramref name="at"/>: it replaces the same
    /// proposer's earlier wording there, or joins the bracket as a new alternative.
    /// </summary>
    public static NegotiatingText FoldIn(NegotiatingText text, BracketRef at, Alternative wording)
    {
        ArgumentNullException.ThrowIfNull(wording);
        return MapBracket(text, at, bracket =>
        {
            var alternatives = bracket.Alternatives.ToList();
            var same = alternatives.FindIndex(a => a.Party == wording.Party);
            if (same >= 0)
                alternatives[same] = wording;
            else
                alternatives.Add(wording);
            return new Bracket(alternatives);
        });
    }

    /// <summary>Cleans the bracket at <paramref name="at"/>: its chosen wording becomes agreed words.</summary>
    public static NegotiatingText Resolve(NegotiatingText text, BracketRef at, int alternative) =>
        Resolve(text, new Dictionary<BracketRef, int> { [at] = alternative });

    /// <summary>
    /// Cleans several brackets at once, each to the wording chosen for it (index from 0 into its
    /// alternatives); brackets not named stay open.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A named bracket or wording does not exist.</exception>
    public static NegotiatingText Resolve(NegotiatingText text, IReadOnlyDictionary<BracketRef, int> choices)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(choices);
        var result = text;
        foreach (var clause in choices.Keys.Select(k => k.Clause).Distinct())
        {
            var current = text.Find(clause) ?? throw new ArgumentOutOfRangeException(nameof(choices), clause, "The text has no such clause.");
            var segments = new List<Segment>();
            var index = 0;
            foreach (var segment in current.Segments)
            {
                if (segment is Bracket bracket && choices.TryGetValue(new BracketRef(clause, ++index), out var chosen))
                {
                    if (chosen < 0 || chosen >= bracket.Alternatives.Count)
                        throw new ArgumentOutOfRangeException(nameof(choices), chosen, $"Bracket {clause}/{index} has {bracket.Alternatives.Count} wordings.");
                    segments.Add(new Words(bracket.Alternatives[chosen].Text));
                }
                else
                {
                    segments.Add(segment);
                }
            }
            var missing = choices.Keys.Where(k => k.Clause == clause && k.Index > index).ToList();
            if (missing.Count > 0)
                throw new ArgumentOutOfRangeException(nameof(choices), missing[0], "The clause has no such bracket.");
            result = result.WithClause(clause, new Clause(Normalise(segments)));
        }
        // A clause cleaned down to nothing (every wording a deletion) leaves the text, as a blank block would.
        return result with { Articles = [.. result.Articles.Select(a => a with { Clauses = [.. a.Clauses.Where(c => c.Segments.Count > 0)] })] };
    }

    private static NegotiatingText MapBracket(NegotiatingText text, BracketRef at, Func<Bracket, Bracket> map)
    {
        ArgumentNullException.ThrowIfNull(text);
        var clause = text.Find(at.Clause) ?? throw new ArgumentOutOfRangeException(nameof(at), at, "The text has no such clause.");
        var index = 0;
        var found = false;
        var segments = clause.Segments.Select(s =>
        {
            if (s is not Bracket b || ++index != at.Index)
                return s;
            found = true;
            return map(b);
        }).ToList();
        return found ? text.WithClause(at.Clause, new Clause(segments))
            : throw new ArgumentOutOfRangeException(nameof(at), at, "The clause has no such bracket.");
    }

    /// <summary>Merges neighbouring words and collapses the double spaces a deleted wording leaves, as the parser would.</summary>
    private static List<Segment> Normalise(List<Segment> segments)
    {
        var result = new List<Segment>();
        var words = new StringBuilder();
        foreach (var segment in segments)
        {
            if (segment is Words w)
            {
                words.Append(w.Text);
                continue;
            }
            Flush(result.Count == 0);
            result.Add(segment);
        }
        Flush(result.Count == 0, end: true);
        return result;

        void Flush(bool start, bool end = false)
        {
            var s = words.ToString();
            while (s.Contains("  ", StringComparison.Ordinal))
                s = s.Replace("  ", " ", StringComparison.Ordinal);
            if (start)
                s = s.TrimStart();
            if (end)
                s = s.TrimEnd();
            if (s.Length > 0)
                result.Add(new Words(s));
            words.Clear();
        }
    }
}
