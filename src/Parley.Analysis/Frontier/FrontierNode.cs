namespace Parley.Analysis.Frontier;

/// <summary>
/// A node of the merge tree: the Pareto frontier of a group of issues as utility vectors (point-major,
/// <c>Count * parties</c>). A leaf holds one issue's undominated options; an inner node holds, per point, a
/// back-pointer into each child. Points carry no option arrays: a package is rebuilt by walking the back-pointers.
/// Nodes are never mutated once built, so a frontier handed out stays valid after later what-if edits.
/// </summary>
internal sealed class FrontierNode
{
    private FrontierNode(double[] points, int count, int[]? left, int[]? right, int[]? options, byte[]? beatenBy = null)
    {
        BeatenBy = beatenBy;
        Points = points;
        Count = count;
        Left = left;
        Right = right;
        Options = options;
    }

    public double[] Points { get; }

    public int Count { get; }

    /// <summary>Per point, its index in the left child (inner nodes).</summary>
    public int[]? Left { get; }

    /// <summary>Per point, its index in the right child (inner nodes).</summary>
    public int[]? Right { get; }

    /// <summary>
    /// Per candidate of the merge that made this node (id <c>x · m + j</c>): 0 when it was kept, otherwise 1 + the
    /// right child's element j′ of the candidate that beat it. A slider on the right child's element k then knows,
    /// without asking again, that a candidate beaten from a copy j′ ≠ k stays beaten (<see cref="MergeStep.MergeSlider"/>).
    /// Null when not recorded.
    /// </summary>
    public byte[]? BeatenBy { get; }

    /// <summary>Per point, the original option index (leaves).</summary>
    public int[]? Options { get; }

    public static FrontierNode Leaf(IssueOptions issue) =>
        new(issue.Vectors, issue.Count, null, null, issue.Indices);

    public static FrontierNode Inner(double[] points, int count, int[] left, int[] right, byte[]? beatenBy = null) =>
        new(points, count, left, right, null, beatenBy);

    public ReadOnlySpan<double> Point(int index, int parties) => Points.AsSpan(index * parties, parties);

    private CandidateIndex? _index;

    /// <summary>
    /// A k-d tree over this frontier's points (ids = point indices), built on first use and kept: a slider on the
    /// issue merged after this node asks it, through a shifted query, whether the moved option's copy beats a candidate.
    /// </summary>
    public CandidateIndex Index(int parties)
    {
        if (Volatile.Read(ref _index) is { } built)
        {
            return built;
        }

        var index = new CandidateIndex(Points[..(Count * parties)], [.. Enumerable.Range(0, Count)], Count, parties, pooled: false);
        return Interlocked.CompareExchange(ref _index, index, null) ?? index;
    }

    /// <summary>The same node with party p's coordinate multiplied by a factor (a change of its weight sum).</summary>
    public FrontierNode Rescaled(int parties, int party, double factor)
    {
        var points = (double[])Points.Clone();
        for (var i = party; i < Count * parties; i += parties)
        {
            points[i] *= factor;
        }

        return new FrontierNode(points, Count, Left, Right, Options);
    }
}
