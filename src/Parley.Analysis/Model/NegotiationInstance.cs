namespace Parley.Analysis.Model;

/// <summary>
/// A multi-issue negotiation with linear additive utilities, as in the contract
/// <c>analysis-instance.md</c>: a package picks one option per issue.
/// </summary>
public sealed record NegotiationInstance(IReadOnlyList<Issue> Issues, IReadOnlyList<Party> Parties)
{
    /// <summary>The number of packages (product of option counts), saturating at <see cref="double.MaxValue"/>.</summary>
    public double PackageCount => Issues.Aggregate(1.0, (n, issue) => n * issue.Options.Count);
}
