using Parley.Analysis.Model;
using Parley.Analysis.Reference;
using Parley.Analysis.Solutions;

namespace Parley.Analysis.Tests;

/// <summary>Assertions that hold the engine to the brute-force reference, to the contract's 1e-9.</summary>
internal static class ReferenceAssert
{
    private const double Eps = 1e-9;

    public static void SameFrontier(NegotiationInstance instance, NegotiationAnalysis analysis)
    {
        var expected = BruteForce.Frontier(instance);
        var frontier = analysis.Frontier;
        Assert.Equal(expected.Count, frontier.Count);
        var table = new double[frontier.Parties];
        for (var x = 0; x < frontier.Count; x++)
        {
            var u = frontier.Utilities(x).ToArray();
            Assert.Contains(expected, p => Close(p.Utilities, u));
            UtilitiesOf(instance, frontier.Options(x), table);
            Assert.True(Close(table, u), $"point {x}: its options do not give its utilities");
        }
    }

    public static void SameSolutions(NegotiationInstance instance, AnalysisResult actual)
    {
        var expected = BruteForce.Solve(instance);
        var r = instance.Parties.Select(p => p.Reservation).ToArray();
        Assert.Equal(expected.ZopaSize, actual.ZopaSize);
        SameObjective(instance, expected.Nash, actual.Nash, u => Objectives.Nash(u, r));
        SameObjective(instance, expected.Egalitarian, actual.Egalitarian, u => Objectives.Egalitarian(u, r));
        SameObjective(instance, expected.Utilitarian, actual.Utilitarian, u => Objectives.Utilitarian(u));
        if (expected.KalaiSmorodinsky is not null)
        {
            var ideal = Ideal(BruteForce.Frontier(instance), r);
            SameObjective(instance, expected.KalaiSmorodinsky, actual.KalaiSmorodinsky,
                u => Math.Min(Objectives.KalaiSmorodinsky(u, r, ideal), 1e300));
        }

        Assert.Equal(expected.Concessions is null, actual.Concessions is null);
        if (expected.Concessions is { } e && actual.Concessions is { } a)
        {
            Assert.Equal(e.Reductions.Max(), a.Reductions.Max(), Eps);
            Assert.Equal(e.Reductions.Sum(), a.Reductions.Sum(), Eps);
            var u = new double[r.Length];
            UtilitiesOf(instance, a.Options, u);
            Assert.True(Close(u, a.Utilities));
            for (var i = 0; i < r.Length; i++)
            {
                Assert.Equal(Math.Max(0, r[i] - u[i]), a.Reductions[i], Eps);
            }
        }
    }

    private static double[] Ideal(IReadOnlyList<Package> frontier, double[] r)
    {
        var ideal = Enumerable.Repeat(double.NegativeInfinity, r.Length).ToArray();
        foreach (var p in frontier.Where(p => Objectives.Acceptable([.. p.Utilities], r)))
        {
            for (var i = 0; i < r.Length; i++)
            {
                ideal[i] = Math.Max(ideal[i], p.Utilities[i]);
            }
        }

        return ideal;
    }

    private static void SameObjective(NegotiationInstance instance, Package? expected, Package? actual,
        Func<double[], double> objective)
    {
        Assert.Equal(expected is null, actual is null);
        if (expected is null || actual is null)
        {
            return;
        }

        var u = new double[actual.Utilities.Count];
        UtilitiesOf(instance, actual.Options, u);
        Assert.True(Close(u, actual.Utilities), "the package's options do not give its utilities");
        Assert.True(Objectives.Acceptable(u, [.. instance.Parties.Select(p => p.Reservation)]));
        Assert.Equal(objective([.. expected.Utilities]), objective(u), Eps);
    }

    public static void UtilitiesOf(NegotiationInstance instance, IReadOnlyList<int> options, double[] into)
    {
        for (var p = 0; p < instance.Parties.Count; p++)
        {
            var party = instance.Parties[p];
            var sum = party.Weights.Sum();
            into[p] = Enumerable.Range(0, options.Count).Sum(i => party.Weights[i] / sum * party.Values[i][options[i]]);
        }
    }

    public static bool Close(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Count == b.Count && a.Zip(b).All(t => Math.Abs(t.First - t.Second) <= Eps);
}
