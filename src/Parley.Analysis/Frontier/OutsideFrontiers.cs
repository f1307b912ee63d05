namespace Parley.Analysis.Frontier;

/// <summary>
/// For each issue k of a chain, the frontier of all issues but k, computed in the background after the chain is made,
/// so that the first what-if edit of any issue is one merge: <c>front(all but k) ⊕ options(k)</c>. The outside sets of
/// all issues are found by divide and conquer over the chain's order: the issues of one half see everything outside
/// the half, which is what lies outside the whole range plus the other half, added one issue at a time (so every
/// merge is a frontier with one issue's options, as in the chain). That costs O(I log I) merges instead of the I²/2 of
/// redoing the chain for every issue, and the right-hand spine is the chain's own prefix, which is already there.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The token source has no timer or linked tokens, so it holds nothing to release; disposing it while the background work may still read its token would be a race.")]
internal sealed class OutsideFrontiers
{
    private readonly OutsideChain?[] _chains;
    private readonly CancellationTokenSource _cancel = new();
    private readonly TaskCompletionSource _hurry = new(TaskCreationOptions.RunContinuationsAsynchronously);
    // Weak: a kept analysis (the page's starting one) must not hold every later state's work through this link.
    private WeakReference<OutsideFrontiers>? _successor;
    private bool _complete;

    private OutsideFrontiers(int issues)
    {
        _chains = new OutsideChain?[issues];
        Completion = Task.CompletedTask;
    }

    /// <summary>Finishes when every issue's outside chain is known, or the work was cancelled.</summary>
    public Task Completion { get; private set; }

    /// <summary>Starts the work on the thread pool after <paramref name="delay"/> (a chain that a slider replaces
    /// within the delay is cancelled before any work is done).</summary>
    public static OutsideFrontiers Start(MergeChain chain, TimeSpan delay)
    {
        var outside = new OutsideFrontiers(chain.Order.Length);
        var token = outside._cancel.Token;
        outside.Completion = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero)
                {
                    await Task.WhenAny(Task.Delay(delay, token), outside._hurry.Task).ConfigureAwait(false);
                    token.ThrowIfCancellationRequested();
                }

                outside.Compute(chain, token);
            }
            catch (OperationCanceledException)
            {
                // Superseded: the edit that needs an outside chain falls back to redoing the chain.
            }
        }, CancellationToken.None);
        return outside;
    }

    /// <summary>The chain of every issue but <paramref name="issue"/>, when already computed.</summary>
    public OutsideChain? Get(int issue) => Volatile.Read(ref _chains[issue]);

    /// <summary>Stops work still to be done; a finished set stays usable (and is not "cancelled").</summary>
    public void Cancel()
    {
        if (!Volatile.Read(ref _complete))
        {
            _cancel.Cancel();
        }
    }

    public bool Cancelled => _cancel.IsCancellationRequested;

    /// <summary>Starts the work now if it is still waiting out its delay.</summary>
    public void Hurry() => _hurry.TrySetResult();

    public void CancelAll()
    {
        Cancel();
        if (Volatile.Read(ref _successor)?.TryGetTarget(out var successor) == true)
        {
            successor.CancelAll();
        }
    }

    /// <summary>Records the work of the newest chain made from this one, cancelling that of the one made before it.</summary>
    public void Succeed(OutsideFrontiers next)
    {
        if (Interlocked.Exchange(ref _successor, new WeakReference<OutsideFrontiers>(next))?.TryGetTarget(out var previous) == true)
        {
            previous.Cancel();
        }
    }

    private void Compute(MergeChain chain, CancellationToken token)
    {
        if (chain.Order.Length > 1)
        {
            Solve(chain, [], [], 0, chain.Order.Length, prefix: true, token);
        }

        Volatile.Write(ref _complete, true);
    }

    /// <param name="order">The issues outside positions [lo, hi) of the chain's order, in merge order.</param>
    /// <param name="levels">Their chain; its last level is the frontier of all of them.</param>
    /// <param name="prefix">The outside issues are exactly the chain's positions before lo.</param>
    private void Solve(MergeChain chain, int[] order, FrontierNode[] levels, int lo, int hi, bool prefix, CancellationToken token)
    {
        if (hi - lo == 1)
        {
            Volatile.Write(ref _chains[chain.Order[lo]], new OutsideChain(order, levels));
            return;
        }

        var mid = lo + ((hi - lo) / 2);
        var (leftOrder, leftLevels) = Extend(chain, order, levels, mid, hi, token);
        Solve(chain, leftOrder, leftLevels, lo, mid, prefix: false, token);
        var (rightOrder, rightLevels) = prefix ? (chain.Order[..mid], chain.Levels[..mid]) : Extend(chain, order, levels, lo, mid, token);
        Solve(chain, rightOrder, rightLevels, mid, hi, prefix, token);
    }

    private static (int[] Order, FrontierNode[] Levels) Extend(MergeChain chain, int[] order, FrontierNode[] levels, int from, int to, CancellationToken token)
    {
        var extendedOrder = new int[order.Length + to - from];
        var extendedLevels = new FrontierNode[extendedOrder.Length];
        order.CopyTo(extendedOrder, 0);
        levels.CopyTo(extendedLevels, 0);
        for (var t = order.Length; t < extendedOrder.Length; t++)
        {
            token.ThrowIfCancellationRequested();
            var issue = chain.Order[from + t - order.Length];
            extendedOrder[t] = issue;
            extendedLevels[t] = t == 0 ? chain.Leaves[issue] : MergeStep.Merge(extendedLevels[t - 1], chain.Leaves[issue], chain.Parties);
        }

        return (extendedOrder, extendedLevels);
    }
}
