namespace Parley.Text.Compare;

/// <summary>How a clause fared between two versions.</summary>
public enum ClauseChange
{
    /// <summary>Same words, same brackets.</summary>
    Unchanged,

    /// <summary>Words or brackets differ.</summary>
    Changed,

    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version.</summary>
    Removed,
}

/// <summary>One clause's redline.</summary>
/// <param name="Number">The clause, matched across versions by article and position.</param>
/// <param name="Change">Unchanged, changed, added or removed.</param>
/// <param name="Runs">Word-level runs: kept, added, removed.</param>
/// <param name="WordsAdded">Words only in the newer version.</param>
/// <param name="WordsRemoved">Words only in the older version.</param>
/// <param name="BracketsOpened">Brackets only in the newer version.</param>
/// <param name="BracketsClosed">Brackets only in the older version (cleaned, or removed with their clause).</param>
public sealed record ClauseRedline(
    ClauseNumber Number, ClauseChange Change, IReadOnlyList<RedlineRun> Runs,
    int WordsAdded, int WordsRemoved, int BracketsOpened, int BracketsClosed);

/// <summary>
/// A redline between any two versions of a text: per clause, words added and removed and brackets
/// opened and closed; and the contract's <c>changed</c> / <c>added</c> / <c>removed</c> lists.
/// </summary>
/// <param name="Clauses">Every clause of either version, in number order.</param>
public sealed record Redline(IReadOnlyList<ClauseRedline> Clauses)
{
    /// <summary>Clause numbers whose words or brackets differ.</summary>
    public IReadOnlyList<string> Changed => Numbers(ClauseChange.Changed);

    /// <summary>Clause numbers only in the newer version.</summary>
    public IReadOnlyList<string> Added => Numbers(ClauseChange.Added);

    /// <summary>Clause numbers only in the older version.</summary>
    public IReadOnlyList<string> Removed => Numbers(ClauseChange.Removed);

    /// <summary>Brackets opened across the text.</summary>
    public int BracketsOpened => Clauses.Sum(c => c.BracketsOpened);

    /// <summary>Brackets closed across the text.</summary>
    public int BracketsClosed => Clauses.Sum(c => c.BracketsClosed);

    /// <summary>Words added across the text.</summary>
    public int WordsAdded => Clauses.Sum(c => c.WordsAdded);

    /// <summary>Words removed across the text.</summary>
    public int WordsRemoved => Clauses.Sum(c => c.WordsRemoved);

    private string[] Numbers(ClauseChange change) => [.. Clauses.Where(c => c.Change == change).Select(c => c.Number.ToString())];

    /// <summary>Compares <paramref name="before"/> with <paramref name="after"/> (either may be the later version).</summary>
    public static Redline Between(NegotiatingText before, NegotiatingText after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        var old = before.Clauses.ToDictionary(c => c.Number, c => c.Clause);
        var @new = after.Clauses.ToDictionary(c => c.Number, c => c.Clause);
        var numbers = old.Keys.Union(@new.Keys).Order();
        return new([.. numbers.Select(n => Of(n, old.GetValueOrDefault(n), @new.GetValueOrDefault(n)))]);
    }

    /// <summary>The redline of one clause; null means absent from that version.</summary>
    public static ClauseRedline Of(ClauseNumber number, Clause? before, Clause? after)
    {
        var change = before is null ? ClauseChange.Added
            : after is null ? ClauseChange.Removed
            : before.Equals(after) ? ClauseChange.Unchanged : ClauseChange.Changed;
        var runs = WordDiff.Diff(before is null ? [] : Token.Of(before), after is null ? [] : Token.Of(after));
        int wordsAdded = 0, wordsRemoved = 0, opened = 0, closed = 0;
        foreach (var run in runs)
        {
            if (run.Kind == ChangeKind.Kept)
                continue;
            var words = run.Tokens.Count(t => t.Kind == TokenKind.Word);
            var opens = run.Tokens.Count(t => t.Kind == TokenKind.Open);
            if (run.Kind == ChangeKind.Added)
            {
                wordsAdded += words;
                opened += opens;
            }
            else
            {
                wordsRemoved += words;
                closed += opens;
            }
        }
        return new(number, change, runs, wordsAdded, wordsRemoved, opened, closed);
    }
}
