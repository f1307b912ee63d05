using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
