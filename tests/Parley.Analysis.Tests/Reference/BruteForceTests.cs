using Parley.Analysis.Model;
using Parley.Analysis.Reference;

namespace Parley.Analysis.Tests.Reference;

public sealed class BruteForceTests
{
    private static readonly NegotiationInstance TwoIssues = new(
        [new Issue("a", ["x", "y"]), new Issue("b", ["x", "y", "z"])],
        [
            new Party("P", [1, 1], [[1.0, 0.0], [1.0, 0.5, 0.4]], 0.3),
            new Party("Q", [1, 3], [[0.0, 1.0], [0.0, 0.5, 0.4]], 0.3),
        ]);

    [Fact]
    public void Frontier_drops_dominated_packages_and_keeps_the_rest()
    {
        // Option z of issue b is dominated by y for both parties, and yx (.5, .25) by xy (.75, .375).
        var frontier = BruteForce.Frontier(TwoIssues);
        Assert.Equal(3, frontier.Count);
        Assert.DoesNotContain(frontier, p => p.Options.SequenceEqual([1, 0]));
        Assert.DoesNotContain(frontier, p => p.Options[1] == 2);
        Assert.Contains(frontier, p => p.Options.SequenceEqual([0, 1]) && Math.Abs(p.Utilities[0] - 0.75) < 1e-12);
    }

    [Fact]
    public void Solve_two_issues_picks_the_hand_computed_packages()
    {
        // Packages (P, Q): xx (1, 0), xy (.75, .375), yx (.5, .25), yy (.25, .625) and the dominated z ones;
        // with reservations .3 only xy is acceptable.
        var result = BruteForce.Solve(TwoIssues);
        Assert.Equal(1, result.ZopaSize);
        Assert.Equal([0, 1], result.Nash!.Options);
        Assert.Equal([0, 1], result.Egalitarian!.Options);
        Assert.Equal([0, 1], result.Utilitarian!.Options);
        Assert.Null(result.Concessions);
    }

    [Fact]
    public void Solve_no_acceptable_package_gives_the_concession()
    {
        var strict = TwoIssues with
        {
            Parties = [TwoIssues.Parties[0] with { Reservation = 0.8 }, TwoIssues.Parties[1] with { Reservation = 0.8 }],
        };
        var result = BruteForce.Solve(strict);
        Assert.Equal(0, result.ZopaSize);
        Assert.Equal([0, 1], result.Concessions!.Options);
        Assert.Equal([0.05, 0.425], result.Concessions.Reductions.Select(d => Math.Round(d, 12)));
    }
}
