using Parley.Analysis.Model;

namespace Parley.Analysis.Frontier;

/// <summary>
/// The merge tree, kept left-deep: <c>Levels[t]</c> is the frontier of the first t + 1 issues of <see cref="Order"/>,
/// the merge of <c>Levels[t - 1]</c> with the options of issue <c>Order[t]</c>. Merging one issue at a time costs
/// |frontier| × |options| candidates per merge, far fewer than merging two large groups, and issues with fewer
/// undominated options come first so the early levels stay small. A what-if edit of one issue keeps every level
/// before it, moves it to the end and redoes the merges from its old place; further edits of the same issue (a
/// slider) then cost one merge.
/// </summary>
internal sealed class MergeChain
{
    private MergeChain(int parties, int[] order, FrontierNode[] leaves, FrontierNode[] levels, SliderCache? slider = null)
    {
        Parties = parties;
        Order = order;
        Leaves = leaves;
        Levels = levels;
        Slider = slider;
    }

    /// <summary>What the last slider edit of the last-merged issue kept for the next one (see <see cref="MergeStep.MergeSlider"/>).</summary>
    internal SliderCache? Slider { get; }

    public int Parties { get; }

    public int[] Order { get; }

    /// <summary>Each issue's undominated options, by issue index.</summary>
    public FrontierNode[] Leaves { get; }

    public FrontierNode[] Levels { get; }

    public FrontierNode Final => Levels[^1];

    public static MergeChain Build(UtilityTable table)
    {
        var leaves = Enumerable.Range(0, table.Issues).Select(i => FrontierNode.Leaf(IssueOptions.Of(table, i))).ToArray();
        var order = Enumerable.Range(0, table.Issues).OrderBy(i => leaves[i].Count).ThenBy(i => i).ToArray();
        var levels = new FrontierNode[order.Length];
        levels[0] = leaves[order[0]];
        for (var t = 1; t < order.Length; t++)
        {
            levels[t] = MergeStep.Merge(levels[t - 1], leaves[order[t]], table.Parties);
        }

        return new MergeChain(table.Parties, order, leaves, levels);
    }

    /// <summary>
    /// The chain after issue <paramref name="issue"/>'s contributions changed in <paramref name="table"/>. When only
    /// <paramref name="option"/> changed, the issue is already merged last and its kept options are the same (a
    /// slider), the last merge re-uses what the previous edit of that option learnt.
    /// </summary>
    public MergeChain Rebuild(UtilityTable table, int issue, int option = -1)
    {
        var position = Array.IndexOf(Order, issue);
        var leaves = (FrontierNode[])Leaves.Clone();
        leaves[issue] = FrontierNode.Leaf(IssueOptions.Of(table, issue));
        var copy = leaves[issue].Options!.AsSpan().IndexOf(option);
        if (Parties > 2 && position == Order.Length - 1 && position > 0 && copy >= 0
            && leaves[issue].Options!.AsSpan().SequenceEqual(Leaves[issue].Options))
        {
            var slider = Slider;
            var last = (FrontierNode[])Levels.Clone();
            last[^1] = MergeStep.MergeSlider(Levels[^2], leaves[issue], copy, Parties, Levels[^1], Leaves[issue], ref slider);
            return new MergeChain(Parties, Order, leaves, last, slider);
        }

        var order = Order.Where(i => i != issue).Append(issue).ToArray();
        var levels = new FrontierNode[Levels.Length];
        Array.Copy(Levels, levels, position);
        for (var t = position; t < order.Length; t++)
        {
            levels[t] = t == 0 ? leaves[order[0]] : MergeStep.Merge(levels[t - 1], leaves[order[t]], Parties);
        }

        return new MergeChain(Parties, order, leaves, levels);
    }

    /// <summary>
    /// The chain with party p's utilities multiplied by a factor. A change of one weight rescales that party's whole
    /// utility (weights are normalised); dominance is invariant under scaling one coordinate, so every level stays a
    /// frontier and only the merges from the issue whose weight changed are redone.
    /// </summary>
    public MergeChain Rescale(int party, double factor) =>
        new(Parties, Order, [.. Leaves.Select(l => l.Rescaled(Parties, party, factor))],
            [.. Levels.Select(l => l.Rescaled(Parties, party, factor))]);

    /// <summary>Writes the option of every issue for point <paramref name="index"/> of the final level.</summary>
    public void Options(int index, Span<int> into)
    {
        for (var t = Levels.Length - 1; t > 0; t--)
        {
            var level = Levels[t];
            into[Order[t]] = Leaves[Order[t]].Options![level.Right![index]];
            index = level.Left![index];
        }

        into[Order[0]] = Leaves[Order[0]].Options![index];
    }
}
