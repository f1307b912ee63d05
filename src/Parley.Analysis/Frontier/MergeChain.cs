using Parley.Analysis.Model;

namespace Parley.Analysis.Frontier;

/// <summary>
/// The merge tree, kept left-deep: <c>Levels[t]</c> is the frontier of the first t + 1 issues of <see cref="Order"/>,
/// the merge of <c>Levels[t - 1]</c> with the options of issue <c>Order[t]</c>. Merging one issue at a time costs
/// |frontier| × |options| candidates per merge, far fewer than merging two large groups, and issues with fewer
/// undominated options come first so the early levels stay small. A what-if edit of issue k is one merge,
/// <c>front(all but k) ⊕ options(k)</c>, when that frontier is at hand: for the issue merged last it is the level before
/// the last, and after <see cref="PrepareOutside"/> the background work has it for every issue. Otherwise the edit keeps
/// every level before k, moves k to the end and redoes the merges from its old place. Either way k ends up last, so
/// further edits of it (a slider) cost one merge.
/// </summary>
internal sealed class MergeChain
{
    /// <summary>How long a chain made by an edit waits before computing its outside frontiers: a slider replaces it
    /// sooner than that, and the work is then never started.</summary>
    private static readonly TimeSpan OutsideDelay = TimeSpan.FromMilliseconds(100);

    private OutsideFrontiers? _outside;
    private (int Party, double Factor)[] _outsideScales = [];

    private MergeChain(int parties, int[] order, FrontierNode[] leaves, FrontierNode[] levels, SliderState? slider = null)
    {
        Parties = parties;
        Order = order;
        Leaves = leaves;
        Levels = levels;
        Slider = slider;
    }

    /// <summary>The slider the edit that made this chain moved, and its cache for the next moves (see <see cref="SliderState"/>).</summary>
    internal SliderState? Slider { get; }

    /// <summary>Made by a slider move that found its cache ready (see <see cref="MergeStep.MergeSlider"/>).</summary>
    internal bool FromSliderCache { get; private init; }

    public int Parties { get; }

    /// <summary>Made by an edit that found <c>front(all but the issue)</c> ready (one merge).</summary>
    internal bool FromOutside { get; private init; }

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
            levels[t] = MergeStep.Merge(levels[t - 1], leaves[order[t]], table.Parties, recordBeaters: t == order.Length - 1);
        }

        return new MergeChain(table.Parties, order, leaves, levels);
    }

    /// <summary>
    /// Starts computing <c>front(all but k)</c> for every issue k in the background (see <see cref="OutsideFrontiers"/>);
    /// chains made from this one by edits then start their own. The task ends when all are known.
    /// </summary>
    public Task PrepareOutside()
    {
        var outside = Volatile.Read(ref _outside);
        if (outside is { Cancelled: false })
        {
            outside.Hurry();
            return outside.Completion;
        }

        var started = OutsideFrontiers.Start(this, TimeSpan.Zero);
        return (Interlocked.CompareExchange(ref _outside, started, outside) == outside ? started : Volatile.Read(ref _outside)!).Completion;
    }

    /// <summary>Stops this chain's background work and that of the newest chain made from it (for measurements).</summary>
    internal void CancelOutside() => Volatile.Read(ref _outside)?.CancelAll();

    /// <summary>The frontier chain of every issue but <paramref name="issue"/>, when this chain's background work has it.</summary>
    internal OutsideChain? Outside(int issue) =>
        Volatile.Read(ref _outside)?.Get(issue) is { } chain
            ? _outsideScales.Length == 0 ? chain : chain.Rescaled(Parties, _outsideScales)
            : null;

    /// <summary>
    /// The chain after issue <paramref name="issue"/>'s contributions changed in <paramref name="table"/>. When only
    /// <paramref name="option"/> changed, the issue is already merged last and its kept options are the same (a
    /// slider), the last merge re-uses what the previous edit of that option learnt.
    /// </summary>
    public MergeChain Rebuild(UtilityTable table, int issue, int option = -1)
    {
        var rebuilt = RebuildLevels(table, issue, option);
        if (Volatile.Read(ref _outside) is { } outside)
        {
            // This chain is no longer the newest state: what its background work has found stays usable, the rest is
            // dropped, and only the newest chain made from it keeps computing.
            outside.Cancel();
            var started = OutsideFrontiers.Start(rebuilt, OutsideDelay);
            rebuilt._outside = started;
            outside.Succeed(started);
        }

        return rebuilt;
    }

    private MergeChain RebuildLevels(UtilityTable table, int issue, int option)
    {
        var position = Array.IndexOf(Order, issue);
        var leaves = (FrontierNode[])Leaves.Clone();
        leaves[issue] = FrontierNode.Leaf(IssueOptions.Of(table, issue));
        var copy = leaves[issue].Options!.AsSpan().IndexOf(option);
        var slides = Parties > 2 && copy >= 0;
        if (slides && position == Order.Length - 1 && position > 0)
        {
            var front = Levels[^2];
            var last = (FrontierNode[])Levels.Clone();
            var slider = Slider is { } state && state.Matches(front, copy, SliderCache.OthersOf(leaves[issue], copy, Parties)) ? state : null;
            if (slider?.Ready is { } cache)
            {
                last[^1] = MergeStep.MergeSlider(front, leaves[issue], copy, Parties, cache);
                return new MergeChain(Parties, Order, leaves, last, slider) { FromSliderCache = true };
            }

            last[^1] = MergeStep.Merge(front, leaves[issue], Parties, recordBeaters: true);
            slider = slider?.Building(leaves[issue], Parties, last[^1]) ?? SliderState.Moved(front, leaves[issue], copy, Parties);
            return new MergeChain(Parties, Order, leaves, last, slider);
        }

        if (position < Order.Length - 1 && Outside(issue) is { } outside)
        {
            var final = MergeStep.Merge(outside.Levels[^1], leaves[issue], Parties, recordBeaters: true);
            return new MergeChain(Parties, [.. outside.Order, issue], leaves, [.. outside.Levels, final], Moved(outside.Levels[^1]))
            {
                FromOutside = true,
            };
        }

        var order = Order.Where(i => i != issue).Append(issue).ToArray();
        var levels = new FrontierNode[Levels.Length];
        Array.Copy(Levels, levels, position);
        for (var t = position; t < order.Length; t++)
        {
            levels[t] = t == 0 ? leaves[order[0]] : MergeStep.Merge(levels[t - 1], leaves[order[t]], Parties, recordBeaters: t == order.Length - 1);
        }

        return new MergeChain(Parties, order, leaves, levels, order.Length > 1 ? Moved(levels[^2]) : null);

        // An edit that leaves the slider's option dominated keeps the slider's state: moving back, it matches again.
        SliderState? Moved(FrontierNode front) => slides ? SliderState.Moved(front, leaves[issue], copy, Parties) : Slider;
    }

    /// <summary>
    /// The chain with party p's utilities multiplied by a factor. A change of one weight rescales that party's whole
    /// utility (weights are normalised); dominance is invariant under scaling one coordinate, so every level stays a
    /// frontier and only the merges from the issue whose weight changed are redone.
    /// </summary>
    public MergeChain Rescale(int party, double factor) =>
        new(Parties, Order, [.. Leaves.Select(l => l.Rescaled(Parties, party, factor))], [.. Levels.Select(l => l.Rescaled(Parties, party, factor))])
        {
            _outside = Volatile.Read(ref _outside),
            _outsideScales = [.. _outsideScales, (party, factor)],
        };

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
