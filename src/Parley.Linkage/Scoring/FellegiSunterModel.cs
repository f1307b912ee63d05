namespace Parley.Linkage.Scoring;

/// <summary>
/// The Fellegi–Sunter model (Fellegi &amp; Sunter 1969, "A theory for record linkage"): per comparison
/// and level, m = P(level | match) and u = P(level | non-match). As in Splink, u is estimated from
/// random pairs and m with the match prior lambda by expectation–maximisation over the comparison
/// vectors of blocked pairs (Winkler 1988; Jaro 1989), assuming conditional independence.
/// Weights are natural-log Bayes factors.
/// </summary>
internal sealed class FellegiSunterModel
{
    private const int Iterations = 40;

    private FellegiSunterModel(double[][] m, double[][] u, double lambda)
    {
        M = m;
        U = u;
        Lambda = lambda;
        Weights = new float[Levels.PatternCount];
        Span<int> levels = stackalloc int[Levels.Comparisons];
        for (var p = 0; p < Levels.PatternCount; p++)
        {
            Levels.Decode(p, levels);
            var w = 0.0;
            for (var c = 0; c < Levels.Comparisons; c++)
            {
                if (!Levels.IsNull(c, levels[c]))
                {
                    w += Math.Log(m[c][levels[c]] / u[c][levels[c]]);
                }
            }

            Weights[p] = (float)w;
        }

        FamilyAgreementU = u[Levels.Family][0] + u[Levels.Family][1];
        GivenAgreementU = u[Levels.Given][0] + u[Levels.Given][1] + u[Levels.Given][2];
    }

    public double[][] M { get; }

    public double[][] U { get; }

    /// <summary>Prior probability that a blocked pair is a match.</summary>
    public double Lambda { get; }

    /// <summary>Log Bayes factor of each pattern, before term-frequency adjustment.</summary>
    public float[] Weights { get; }

    /// <summary>u of the levels where family names agree (exactly or by skeleton); replaced by the value's frequency.</summary>
    public double FamilyAgreementU { get; }

    /// <summary>u of the levels where given names agree (exactly, by equivalence or by skeleton).</summary>
    public double GivenAgreementU { get; }

    public double PriorLogit => Math.Log(Lambda / (1 - Lambda));

    /// <summary>Estimates u from level counts of random pairs and m, lambda by EM over a histogram of blocked patterns.</summary>
    public static FellegiSunterModel Estimate(long[] randomPatterns, long[] blockedPatterns)
    {
        var u = Marginals(randomPatterns, 0.5);
        var m = InitialM();
        var lambda = 0.1;
        Span<int> levels = stackalloc int[Levels.Comparisons];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var counts = NewTable(0.0);
            double matched = 0, total = 0;
            for (var p = 0; p < Levels.PatternCount; p++)
            {
                var n = blockedPatterns[p];
                if (n == 0)
                {
                    continue;
                }

                Levels.Decode(p, levels);
                double pm = lambda, pu = 1 - lambda;
                for (var c = 0; c < Levels.Comparisons; c++)
                {
                    if (!Levels.IsNull(c, levels[c]))
                    {
                        pm *= m[c][levels[c]];
                        pu *= u[c][levels[c]];
                    }
                }

                var posterior = pm / (pm + pu);
                matched += n * posterior;
                total += n;
                for (var c = 0; c < Levels.Comparisons; c++)
                {
                    counts[c][levels[c]] += n * posterior;
                }
            }

            lambda = Math.Clamp(matched / total, 1e-6, 1 - 1e-6);
            m = Normalise(counts, 1e-3);
        }

        return new FellegiSunterModel(m, u, lambda);
    }

    private static double[][] Marginals(long[] patterns, double pseudo)
    {
        var counts = NewTable(0.0);
        Span<int> levels = stackalloc int[Levels.Comparisons];
        for (var p = 0; p < patterns.Length; p++)
        {
            if (patterns[p] == 0)
            {
                continue;
            }

            Levels.Decode(p, levels);
            for (var c = 0; c < Levels.Comparisons; c++)
            {
                counts[c][levels[c]] += patterns[p];
            }
        }

        return Normalise(counts, pseudo);
    }

    /// <summary>Turns level counts into probabilities over the non-null levels, with a pseudo-count.</summary>
    private static double[][] Normalise(double[][] counts, double pseudo)
    {
        var result = NewTable(0.0);
        for (var c = 0; c < Levels.Comparisons; c++)
        {
            var sum = 0.0;
            for (var l = 0; l < counts[c].Length; l++)
            {
                sum += Levels.IsNull(c, l) ? 0 : counts[c][l] + pseudo;
            }

            for (var l = 0; l < counts[c].Length; l++)
            {
                result[c][l] = Levels.IsNull(c, l) ? 1 : (counts[c][l] + pseudo) / sum;
            }
        }

        return result;
    }

    private static double[][] InitialM() =>
    [
        [0.70, 0.15, 0.08, 0.04, 0.03],
        [0.60, 0.25, 0.05, 0.04, 0.03, 0.03],
        [0.75, 0.10, 0.08, 0.07, 1],
        [0.80, 0.03, 0.03, 0.03, 0.08, 0.02, 0.01, 1],
        [0.98, 0.02, 1],
        [0.97, 0.03],
    ];

    private static double[][] NewTable(double value)
    {
        var table = new double[Levels.Comparisons][];
        for (var c = 0; c < Levels.Comparisons; c++)
        {
            table[c] = new double[Levels.Sizes[c]];
            Array.Fill(table[c], value);
        }

        return table;
    }
}
