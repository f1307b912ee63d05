using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Server.Features.Positions;

/// <summary>The party × issue matrix as JSON: one row per issue, one cell per party, and how far apart they are.</summary>
public sealed record PositionMatrixDto(DateOnly AsOf, IReadOnlyList<string> Parties, IReadOnlyList<PositionMatrixRow> Issues)
{
    public static PositionMatrixDto From(PositionMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        return new(matrix.AsOf, matrix.Parties, [.. matrix.Issues.Select(axis => new PositionMatrixRow(
            axis.Issue,
            axis.Label,
            axis.Minus2,
            axis.Plus2,
            matrix.Divergences[axis.Issue],
            [.. matrix.Parties.Select(party => matrix.Cell(party, axis.Issue) is { } p
                ? new PositionCell(party, p.Stance, p.Summary, p.StatedOn, p.Id, p.Visibility, p.Source)
                : new PositionCell(party, null, null, null, null, null, null))]))]);
    }
}

public sealed record PositionMatrixRow(NegotiationIssue Issue, string Label, string Minus2, string Plus2, Divergence Divergence, IReadOnlyList<PositionCell> Cells);

public sealed record PositionCell(string Party, int? Stance, string? Summary, DateOnly? StatedOn, Guid? PositionId, Visibility? Visibility, string? Source);
