namespace Parley.Analysis.Frontier;

/// <summary>
/// A left-deep chain over every issue but one: <c>Levels[^1]</c> is the frontier of all the other issues, the
/// <c>front(all but k)</c> that a what-if edit of issue k merges its options into. Levels are shared with the chain
/// and with the other issues' outside chains.
/// </summary>
internal sealed record OutsideChain(int[] Order, FrontierNode[] Levels)
{
    public OutsideChain Rescaled(int parties, IReadOnlyList<(int Party, double Factor)> scales)
    {
        var levels = Levels;
        foreach (var (party, factor) in scales)
        {
            levels = [.. levels.Select(l => l.Rescaled(parties, party, factor))];
        }

        return this with { Levels = levels };
    }
}
