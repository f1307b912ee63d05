namespace Parley.Analysis.Frontier;

/// <summary>
/// What a slider on one option of the issue merged last keeps between edits. The last merge is <c>F ⊕ leaf</c>: one
/// copy <c>F + o_j</c> per option. Moving option k's slider moves only copy k, so for every candidate of the other
/// copies "is it beaten by a candidate of a copy other than k?" stays true or false; it is kept here, with the index
/// over those candidates that answers the same question for copy k's candidates.
/// </summary>
internal sealed class SliderCache(FrontierNode front, double[] others, int copy, CandidateIndex index, bool[] beatenByOthers)
{
    public FrontierNode Front { get; } = front;

    /// <summary>The option vectors of the leaf, with copy k's left at zero: the cache holds while these are unchanged.</summary>
    public double[] Others { get; } = others;

    /// <summary>The position of the moving option in the leaf.</summary>
    public int Copy { get; } = copy;

    /// <summary>An index over every candidate of the copies other than k (ids as in the merge: x · m + j).</summary>
    public CandidateIndex Index { get; } = index;

    /// <summary>Per candidate id of a copy other than k: beaten by a candidate of a copy other than k.</summary>
    public bool[] BeatenByOthers { get; } = beatenByOthers;

    public bool Fits(FrontierNode front, FrontierNode leaf, int copy, int parties) =>
        ReferenceEquals(front, Front) && copy == Copy && Others.AsSpan().SequenceEqual(OthersOf(leaf, copy, parties));

    public static double[] OthersOf(FrontierNode leaf, int copy, int parties)
    {
        var others = leaf.Points[..(leaf.Count * parties)];
        Array.Clear(others, copy * parties, parties);
        return others;
    }
}
