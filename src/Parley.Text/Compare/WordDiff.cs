namespace Parley.Text.Compare;

/// <summary>Whether a redline run was kept, added or removed.</summary>
public enum ChangeKind
{
    /// <summary>In both versions.</summary>
    Kept,

    /// <summary>Only in the newer version.</summary>
    Added,

    /// <summary>Only in the older version.</summary>
    Removed,
}

/// <summary>Consecutive tokens with the same fate.</summary>
/// <param name="Kind">Kept, added or removed.</param>
/// <param name="Tokens">The tokens, in reading order.</param>
public sealed record RedlineRun(ChangeKind Kind, IReadOnlyList<Token> Tokens);

/// <summary>
/// Longest-common-subsequence diff of two token lists, after trimming the common prefix and suffix
/// (a clause edit usually touches a few words in the middle).
/// </summary>
internal static class WordDiff
{
    /// <summary>Above this many table cells the middle is shown as removed-then-added instead.</summary>
    private const long MaxCells = 4_000_000;

    public static List<RedlineRun> Diff(IReadOnlyList<Token> before, IReadOnlyList<Token> after)
    {
        var prefix = 0;
        while (prefix < before.Count && prefix < after.Count && before[prefix] == after[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < before.Count - prefix && suffix < after.Count - prefix
               && before[before.Count - 1 - suffix] == after[after.Count - 1 - suffix])
            suffix++;

        var runs = new List<RedlineRun>();
        var ops = new List<(ChangeKind Kind, Token Token)>(before.Count + after.Count);
        for (var i = 0; i < prefix; i++)
            ops.Add((ChangeKind.Kept, before[i]));
        Middle(before, after, prefix, before.Count - suffix, prefix, after.Count - suffix, ops);
        for (var i = before.Count - suffix; i < before.Count; i++)
            ops.Add((ChangeKind.Kept, before[i]));

        foreach (var (kind, token) in ops)
        {
            if (runs.Count > 0 && runs[^1].Kind == kind)
                ((List<Token>)runs[^1].Tokens).Add(token);
            else
                runs.Add(new RedlineRun(kind, new List<Token> { token }));
        }
        return runs;
    }

    private static void Middle(IReadOnlyList<Token> a, IReadOnlyList<Token> b, int a0, int a1, int b0, int b1, List<(ChangeKind, Token)> ops)
    {
        int n = a1 - a0, m = b1 - b0;
        if ((long)n * m > MaxCells || n == 0 || m == 0)
        {
            for (var i = a0; i < a1; i++)
                ops.Add((ChangeKind.Removed, a[i]));
            for (var j = b0; j < b1; j++)
                ops.Add((ChangeKind.Added, b[j]));
            return;
        }
        // lcs[i, j] = length of the LCS of a[i..] and b[j..], so the walk below goes forwards.
        var lcs = new int[(n + 1) * (m + 1)];
        for (var i = n - 1; i >= 0; i--)
        {
            for (var j = m - 1; j >= 0; j--)
            {
                lcs[i * (m + 1) + j] = a[a0 + i] == b[b0 + j]
                    ? lcs[(i + 1) * (m + 1) + j + 1] + 1
                    : Math.Max(lcs[(i + 1) * (m + 1) + j], lcs[i * (m + 1) + j + 1]);
            }
        }
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (a[a0 + x] == b[b0 + y])
            {
                ops.Add((ChangeKind.Kept, a[a0 + x]));
                x++;
                y++;
            }
            else if (lcs[(x + 1) * (m + 1) + y] >= lcs[x * (m + 1) + y + 1])
            {
                ops.Add((ChangeKind.Removed, a[a0 + x++]));
            }
            else
            {
                ops.Add((ChangeKind.Added, b[b0 + y++]));
            }
        }
        while (x < n)
            ops.Add((ChangeKind.Removed, a[a0 + x++]));
        while (y < m)
            ops.Add((ChangeKind.Added, b[b0 + y++]));
    }
}
