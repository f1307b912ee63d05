using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Server.Components.Shared;

namespace Parley.Server.Components.Pages.Positions;

/// <summary>Turns the domain's party × issue matrix into what the matrix component draws.</summary>
internal static class PositionMatrixView
{
    public static MatrixModel From(PositionMatrix matrix, IReadOnlyDictionary<string, Party> parties, Func<NegotiationIssue, string> label)
    {
        var columns = matrix.Parties
            .Select(code => new MatrixParty(code, parties.TryGetValue(code, out var p) ? p.Name : code))
            .ToList();
        var rows = matrix.Issues.Select(axis => new MatrixRow(
            label(axis.Issue),
            axis.Minus2,
            axis.Plus2,
            [.. matrix.Parties.Select(code => Cell(matrix.Cell(code, axis.Issue)))],
            matrix.Divergences.GetValueOrDefault(axis.Issue))).ToList();
        return new MatrixModel(columns, rows);
    }

    private static MatrixCell? Cell(Position? position) => position is null
        ? null
        : new MatrixCell(position.Summary, position.Stance, position.StatedOn, position.Source, position.Visibility == Visibility.PartyPrivate);
}
