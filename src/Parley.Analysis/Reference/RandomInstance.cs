using Parley.Analysis.Model;

namespace Parley.Analysis.Reference;

/// <summary>
/// Seeded random instances for tests and benchmarks: integer weights 1–9 and option values uniform in [0, 1]
/// (or, with <c>grid</c> &gt; 0, on the grid 0, 1/grid, …, 1 so that exact ties are frequent), reservations uniform
/// in [0, <c>maxReservation</c>].
/// </summary>
public static class RandomInstance
{
    /// <summary>A reproducible random instance: the same arguments give the same instance.</summary>
    /// <param name="seed">The random seed.</param>
    /// <param name="parties">Parties.</param>
    /// <param name="issues">Issues.</param>
    /// <param name="options">Options per issue.</param>
    /// <param name="grid">When above zero, evaluations are multiples of 1/grid (so that ties occur); zero for any value.</param>
    /// <param name="maxReservation">Reservations are drawn from [0, maxReservation].</param>
    /// <param name="zeroWeights">Whether some issues may weigh nothing for a party.</param>
    public static NegotiationInstance Create(int seed, int parties, int issues, int options, int grid = 0,
        double maxReservation = 0.5, bool zeroWeights = false)
    {
        var random = new Random(seed);
        var issueList = Enumerable.Range(0, issues)
            .Select(i => new Issue($"issue{i}", [.. Enumerable.Range(0, options).Select(k => $"option{k}")]))
            .ToArray();
        var partyList = new Party[parties];
        for (var p = 0; p < parties; p++)
        {
            var weights = Enumerable.Range(0, issues)
                .Select(_ => zeroWeights && random.Next(4) == 0 ? 0.0 : random.Next(1, 10)).ToArray();
            if (weights.All(w => w == 0))
            {
                weights[0] = 1;
            }

            var values = Enumerable.Range(0, issues)
                .Select(_ => (IReadOnlyList<double>)[.. Enumerable.Range(0, options).Select(_ => Value(random, grid))])
                .ToArray();
            partyList[p] = new Party($"party{p}", weights, values, random.NextDouble() * maxReservation);
        }

        return new NegotiationInstance(issueList, partyList);
    }

    private static double Value(Random random, int grid) =>
        grid > 0 ? random.Next(grid + 1) / (double)grid : random.NextDouble();
}
