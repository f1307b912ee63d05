using Parley.Linkage.Scoring;

namespace Parley.Linkage.Tests.Scoring;

public sealed class FellegiSunterModelTests
{
    /// <summary>Draws comparison vectors from a known two-class model (conditional independence holds).</summary>
    private static long[] Draw(Random random, int n, double lambda, double[][] m, double[][] u, Func<int, bool>? keep = null)
    {
        var histogram = new long[Levels.PatternCount];
        Span<int> levels = stackalloc int[Levels.Comparisons];
        for (var i = 0; i < n; i++)
        {
            var match = random.NextDouble() < lambda;
            for (var c = 0; c < Levels.Comparisons; c++)
            {
                var table = match ? m[c] : u[c];
                var x = random.NextDouble() * table.Sum();
                var l = 0;
                while (l < table.Length - 1 && (x -= table[l]) > 0)
                {
                    l++;
                }

                levels[c] = l;
            }

            var pattern = Levels.Encode(levels[0], levels[1], levels[2], levels[3], levels[4], levels[5]);
            if (keep?.Invoke(pattern) ?? true)
            {
                histogram[pattern]++;
            }
        }

        return histogram;
    }

    [Fact]
    public void Estimate_dataFromKnownModel_recoversDateAgreementAndPrior()
    {
        double[][] m =
        [
            [0.8, 0.1, 0.05, 0.03, 0.02], [0.7, 0.2, 0.04, 0.03, 0.02, 0.01], [0.8, 0.1, 0.05, 0.05, 0],
            [0.85, 0.03, 0.03, 0.03, 0.04, 0.01, 0.01, 0], [0.97, 0.03, 0], [0.97, 0.03],
        ];
        double[][] u =
        [
            [0.01, 0.01, 0.03, 0.05, 0.90], [0.05, 0.03, 0.02, 0.05, 0.05, 0.80], [0.05, 0.02, 0.03, 0.90, 0],
            [0.0001, 0.0001, 0.0002, 0.002, 0.01, 0.05, 0.9376, 0], [0.5, 0.5, 0], [0.9, 0.1],
        ];
        var random = new Random(1);
        var randomPairs = Draw(random, 200_000, 0, m, u);
        var blocked = Draw(random, 300_000, 0.2, m, u);
        var model = FellegiSunterModel.Estimate(randomPairs, blocked, blocked, blocked, blocked, candidateScale: 1, allPairs: 300_000);

        Assert.InRange(model.M[Levels.Dob][0], 0.80, 0.90);
        Assert.InRange(model.M[Levels.Family][0], 0.75, 0.85);
        Assert.InRange(model.ExpectedMatches, 0.18 * 300_000, 0.22 * 300_000);
        Assert.True(model.Weights[Levels.Encode(0, 0, 0, 0, 0, 0)] > 10);
        Assert.True(model.Weights[Levels.Encode(4, 5, 3, 6, 1, 0)] < -5);
    }
}
