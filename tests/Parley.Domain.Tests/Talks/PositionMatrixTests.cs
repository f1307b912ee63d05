using Parley.Domain.Talks;

namespace Parley.Domain.Tests.Talks;

public sealed class PositionMatrixTests
{
    private static Position At(string party, NegotiationIssue issue, int stance, int day) =>
        new() { Party = party, Issue = issue, Stance = stance, StatedOn = new DateOnly(2025, 7, day), Summary = "s" };

    [Theory]
    [InlineData(new[] { -2, 2 }, Divergence.DiametricallyOpposed)]
    [InlineData(new[] { -1, 2 }, Divergence.Apart)]
    [InlineData(new[] { 1, 2 }, Divergence.Close)]
    [InlineData(new[] { 2, 2 }, Divergence.Aligned)]
    [InlineData(new[] { 2 }, Divergence.Unknown)]
    public void Between_spread_of_stances_gives_divergence(int[] stances, Divergence expected) =>
        Assert.Equal(expected, PositionMatrix.Between(stances));

    [Fact]
    public void Build_latest_position_as_of_the_date_wins()
    {
        Position[] positions =
        [
            At("RU", NegotiationIssue.Ceasefire, -2, 1),
            At("RU", NegotiationIssue.Ceasefire, -1, 23),
            At("UA", NegotiationIssue.Ceasefire, 2, 23),
        ];
        var early = PositionMatrix.Build(positions, ["RU", "UA"], new DateOnly(2025, 7, 22));
        Assert.Equal(-2, early.Cell("RU", NegotiationIssue.Ceasefire)!.Stance);
        Assert.Null(early.Cell("UA", NegotiationIssue.Ceasefire));
        Assert.Equal(Divergence.Unknown, early.Divergences[NegotiationIssue.Ceasefire]);

        var late = PositionMatrix.Build(positions, ["RU", "UA"], new DateOnly(2025, 7, 31));
        Assert.Equal(-1, late.Cell("RU", NegotiationIssue.Ceasefire)!.Stance);
        Assert.Equal(Divergence.Apart, late.Divergences[NegotiationIssue.Ceasefire]);
    }

    [Fact]
    public void Build_opposite_poles_show_diametrically_opposed()
    {
        var matrix = PositionMatrix.Build(
            [At("RU", NegotiationIssue.NatoMembership, -2, 1), At("UA", NegotiationIssue.NatoMembership, 2, 2)],
            ["RU", "UA"],
            new DateOnly(2025, 7, 31));
        Assert.Equal(Divergence.DiametricallyOpposed, matrix.Divergences[NegotiationIssue.NatoMembership]);
        Assert.Equal(IssueAxis.All.Count, matrix.Divergences.Count);
    }

    [Fact]
    public void Build_parties_outside_the_matrix_are_left_out()
    {
        var matrix = PositionMatrix.Build([At("US", NegotiationIssue.Sanctions, 2, 1)], ["RU", "UA"], new DateOnly(2025, 7, 31));
        Assert.Empty(matrix.Cells);
    }
}
