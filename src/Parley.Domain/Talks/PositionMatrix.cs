namespace Parley.Domain.Talks;

/// <summary>
/// Parties × issues: each cell the party's latest position on the issue as of a date; each issue the divergence
/// between the parties that stated one.
/// </summary>
public sealed record PositionMatrix(
    DateOnly AsOf,
    IReadOnlyList<string> Parties,
    IReadOnlyList<IssueAxis> Issues,
    IReadOnlyDictionary<(string Party, NegotiationIssue Issue), Position> Cells,
    IReadOnlyDictionary<NegotiationIssue, Divergence> Divergences)
{
    /// <summary>Builds the matrix from the positions the viewer may see.</summary>
    public static PositionMatrix Build(IEnumerable<Position> positions, IReadOnlyList<string> parties, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var cells = positions
            .Where(p => p.StatedOn <= asOf && parties.Contains(p.Party))
            .GroupBy(p => (p.Party, p.Issue))
            .ToDictionary(g => g.Key, g => g.OrderByDescending(p => p.StatedOn).ThenByDescending(p => p.UpdatedUtc).First());
        var divergences = IssueAxis.All.ToDictionary(
            axis => axis.Issue,
            axis => Between(cells.Where(c => c.Key.Issue == axis.Issue).Select(c => c.Value.Stance)));
        return new PositionMatrix(asOf, parties, IssueAxis.All, cells, divergences);
    }

    /// <summary>The divergence of a set of stances: the widest gap between any two of them.</summary>
    public static Divergence Between(IEnumerable<int> stances)
    {
        ArgumentNullException.ThrowIfNull(stances);
        var list = stances.ToList();
        if (list.Count < 2)
        {
            return Divergence.Unknown;
        }
        return (list.Max() - list.Min()) switch
        {
            0 => Divergence.Aligned,
            1 => Divergence.Close,
            >= IssueAxis.Max - IssueAxis.Min => Divergence.DiametricallyOpposed,
            _ => Divergence.Apart,
        };
    }

    public Position? Cell(string party, NegotiationIssue issue) => Cells.GetValueOrDefault((party, issue));
}
