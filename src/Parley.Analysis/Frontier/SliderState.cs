namespace Parley.Analysis.Frontier;

/// <summary>
/// Which slider the last edit moved (option <c>Copy</c> of the last-merged issue, merged into <c>Front</c>) and,
/// once the same slider moves again, the <see cref="SliderCache"/> for it being built in the background. An edit uses
/// the cache only when it is ready; until then it does the plain merge, so no edit waits for the cache: the first two
/// moves of a slider cost one merge each, the later ones a fraction of it.
/// </summary>
internal sealed class SliderState
{
    private SliderState(FrontierNode front, int copy, double[] others, Task<SliderCache>? cache)
    {
        Front = front;
        Copy = copy;
        Others = others;
        Cache = cache;
    }

    public FrontierNode Front { get; }

    public int Copy { get; }

    /// <summary>The leaf's option vectors with copy k's left at zero (see <see cref="SliderCache.OthersOf"/>).</summary>
    public double[] Others { get; }

    /// <summary>The cache being built, or null while the slider has moved once.</summary>
    public Task<SliderCache>? Cache { get; }

    public SliderCache? Ready => Cache is { IsCompletedSuccessfully: true } task ? task.Result : null;

    public static SliderState Moved(FrontierNode front, FrontierNode leaf, int copy, int parties) =>
        new(front, copy, SliderCache.OthersOf(leaf, copy, parties), null);

    public bool Matches(FrontierNode front, int copy, double[] others) =>
        ReferenceEquals(front, Front) && copy == Copy && others.AsSpan().SequenceEqual(Others);

    /// <summary>
    /// The same slider moved again: starts building its cache from <paramref name="merged"/>, the plain merge just
    /// made (its kept set and <see cref="FrontierNode.BeatenBy"/> spare most of the questions).
    /// </summary>
    public SliderState Building(FrontierNode leaf, int parties, FrontierNode merged) =>
        Cache is not null ? this : new(Front, Copy, Others, Task.Run(() =>
        {
            Front.Index(parties);
            return MergeStep.BuildCache(Front, leaf, Copy, parties, merged);
        }));
}
