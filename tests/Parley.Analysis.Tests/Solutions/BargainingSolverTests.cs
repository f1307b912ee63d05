using Parley.Analysis.Model;

namespace Parley.Analysis.Tests.Solutions;

public sealed class BargainingSolverTests
{
    private static NegotiationInstance Ceasefire(double ukraine, double russia) => new(
        [new Issue("ceasefire", ["immediate", "after memorandum", "none"])],
        [
            new Party("Ukraine", [1.0], [[1.0, 0.4, 0.0]], ukraine),
            new Party("Russia", [1.0], [[0.0, 0.5, 1.0]], russia),
        ]);

    [Fact]
    public void Solve_one_acceptable_package_is_every_solution()
    {
        var result = NegotiationAnalysis.Create(Ceasefire(0.35, 0.3)).Result;
        Assert.Equal(1, result.ZopaSize);
        Assert.Null(result.Concessions);
        foreach (var package in new[] { result.Nash, result.KalaiSmorodinsky, result.Egalitarian, result.Utilitarian })
        {
            Assert.Equal([1], package!.Options);
            Assert.Equal([0.4, 0.5], package.Utilities);
        }
    }

    [Fact]
    public void Solve_empty_zone_gives_the_smallest_largest_reduction()
    {
        var result = NegotiationAnalysis.Create(Ceasefire(0.6, 0.6)).Result;
        Assert.Equal(0, result.ZopaSize);
        Assert.Null(result.Nash);
        Assert.Null(result.KalaiSmorodinsky);
        var c = result.Concessions!;
        Assert.Equal([1], c.Options);
        Assert.Equal(0.2, c.Reductions[0], 1e-12);
        Assert.Equal(0.1, c.Reductions[1], 1e-12);
    }

    [Fact]
    public void Solve_solutions_differ_where_the_definitions_differ()
    {
        // Options give (1, 0), (0.8, 0.3), (0.45, 0.45), (0.95, 0.2), (0, 1): Nash picks the largest product (0.24),
        // egalitarian and Kalai–Smorodinsky the largest minimum, utilitarian the largest sum (1.15).
        var instance = new NegotiationInstance(
            [new Issue("a", ["v", "w", "x", "y", "z"])],
            [
                new Party("P", [1], [[1.0, 0.8, 0.45, 0.95, 0.0]], 0),
                new Party("Q", [1], [[0.0, 0.3, 0.45, 0.2, 1.0]], 0),
            ]);
        var result = NegotiationAnalysis.Create(instance).Result;
        Assert.Equal(5, result.ZopaSize);
        Assert.Equal([1], result.Nash!.Options);
        Assert.Equal([2], result.Egalitarian!.Options);
        Assert.Equal([2], result.KalaiSmorodinsky!.Options);
        Assert.Equal([3], result.Utilitarian!.Options);
    }

    [Fact]
    public void Solve_kalai_smorodinsky_leaves_out_parties_without_room()
    {
        // Q's best acceptable utility equals its reservation, so only P's share counts: P's best package wins.
        var instance = new NegotiationInstance(
            [new Issue("a", ["x", "y", "z"])],
            [
                new Party("P", [1], [[1.0, 0.6, 0.0]], 0.2),
                new Party("Q", [1], [[0.5, 0.5, 1.0]], 0.5),
            ]);
        var result = NegotiationAnalysis.Create(instance).Result;
        Assert.Equal([0], result.KalaiSmorodinsky!.Options);
        Assert.Equal(1, result.ZopaSize);
    }
}
