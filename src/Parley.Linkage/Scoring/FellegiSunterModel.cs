using Parley.Linkage.Model;

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

    private FellegiSunterModel(double[][] m, double[][] u, double lambda, double expectedMatches)
    {
        M = m;
        U = u;
        Lambda = lambda;
        ExpectedMatches = expectedMatches;
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

    /// <summary>Prior probability that two random records match.</summary>
    public double Lambda { get; }

    /// <summary>Expected number of true pairs among the candidates under the model (estimates the lists' overlap).</summary>
    public double ExpectedMatches { get; }

    /// <summary>Log Bayes factor of each pattern, before term-frequency adjustment.</summary>
    public float[] Weights { get; }

    /// <summary>u of the levels where family names agree (exactly or by skeleton); replaced by the value's frequency.</summary>
    public double FamilyAgreementU { get; }

    /// <summary>u of the levels where given names agree (exactly, by equivalence or by skeleton).</summary>
    public double GivenAgreementU { get; }


    /// <summary>
    /// Estimates u from level counts of random pairs; then m by EM in three sessions, each over pairs
    /// of one blocking rule and leaving out the comparisons that rule fixes (Splink's
    /// "estimate_parameters_using_expectation_maximisation" per blocking rule): names-blocked pairs
    /// give m for date of birth, patronymic, sex and order; given+date-blocked pairs give m for the
    /// family name; family+day/month-blocked pairs give m for the given name. Finally lambda by EM over
    /// all candidate pairs with m and u fixed.
    /// </summary>
    public static FellegiSunterModel Estimate(
        long[] randomPatterns, long[] namesBlocked, long[] givenDateBlocked, long[] familyDateBlocked, long[] candidates,
        double candidateScale, double allPairs)
    {
        var u = Marginals(randomPatterns, 0.5);
        var m = InitialM();
        var byNames = Em(namesBlocked, m, u, [Levels.Patronymic, Levels.Dob, Levels.Sex, Levels.Order], updateM: true).M;
        var byGivenDate = Em(givenDateBlocked, m, u, [Levels.Family, Levels.Patronymic, Levels.Sex, Levels.Order], updateM: true).M;
        var byFamilyDate = Em(familyDateBlocked, m, u, [Levels.Given, Levels.Patronymic, Levels.Sex, Levels.Order], updateM: true).M;
        m[Levels.Family] = byGivenDate[Levels.Family];
        m[Levels.Given] = byFamilyDate[Levels.Given];
        foreach (var c in new[] { Levels.Patronymic, Levels.Dob, Levels.Sex, Levels.Order })
        {
            m[c] = byNames[c];
        }

        var lambda = PriorOverAllPairs(candidates, m, u, candidateScale, allPairs);
        return new FellegiSunterModel(m, u, lambda, lambda * allPairs);
    }

    /// <summary>The same u and prior with other m values (learnt from decisions).</summary>
    public FellegiSunterModel WithM(double[][] m) => new(m, U, Lambda, ExpectedMatches);

    /// <summary>The model in its public, serialisable form.</summary>
    public LinkModel ToPublic(int labelledPairs) => new(
        Lambda,
        ExpectedMatches,
        [.. Enumerable.Range(0, Levels.Comparisons).Select(c => new ComparisonModel(
            LevelNames.Comparisons[c],
            [.. Enumerable.Range(0, Levels.Sizes[c]).Select(l => new ComparisonLevel(
                LevelNames.Labels[c][l], M[c][l], U[c][l], Levels.IsNull(c, l)))]))],
        labelledPairs);

    /// <summary>
    /// A saved model's m and u, with λ re-estimated on these lists' candidates (λ depends on the lists' sizes
    /// and overlap, m and u on how clerks write and how names are spread).
    /// </summary>
    public static FellegiSunterModel FromPublic(LinkModel model, long[] candidates, double candidateScale, double allPairs)
    {
        var m = NewTable(1.0);
        var u = NewTable(1.0);
        for (var c = 0; c < Levels.Comparisons; c++)
        {
            for (var l = 0; l < Levels.Sizes[c]; l++)
            {
                if (!Levels.IsNull(c, l))
                {
                    m[c][l] = model.Comparisons[c].Levels[l].M;
                    u[c][l] = model.Comparisons[c].Levels[l].U;
                }
            }
        }

        var lambda = PriorOverAllPairs(candidates, m, u, candidateScale, allPairs);
        return new FellegiSunterModel(m, u, lambda, lambda * allPairs);
    }

    /// <summary>
    /// m re-estimated from officers' decisions (Splink's <c>estimate_m_from_pairwise_labels</c>), shrunk towards
    /// the current m: each comparison's level shares among the pairs judged the same person, weighted, with the
    /// current m counting as <paramref name="strength"/> pairs. A null level (missing on a side) teaches nothing.
    /// </summary>
    public static double[][] LearnM(double[][] m, IEnumerable<(int Pattern, double Weight)> samePairs, double strength)
    {
        var counts = NewTable(0.0);
        var totals = new double[Levels.Comparisons];
        Span<int> levels = stackalloc int[Levels.Comparisons];
        foreach (var (pattern, weight) in samePairs)
        {
            Levels.Decode(pattern, levels);
            for (var c = 0; c < Levels.Comparisons; c++)
            {
                if (!Levels.IsNull(c, levels[c]))
                {
                    counts[c][levels[c]] += weight;
                    totals[c] += weight;
                }
            }
        }

        var result = NewTable(1.0);
        for (var c = 0; c < Levels.Comparisons; c++)
        {
            for (var l = 0; l < Levels.Sizes[c]; l++)
            {
                if (!Levels.IsNull(c, l))
                {
                    result[c][l] = Math.Max(1e-4, ((strength * m[c][l]) + counts[c][l]) / (strength + totals[c]));
                }
            }
        }

        return result;
    }

    /// <summary>
    /// The probability that two random records match (Splink's probability_two_random_records_match),
    /// which is the prior consistent with u from random pairs: the fixed point of
    /// lambda = (expected matches among candidates) / (all pairs), pairs outside the blocks counting as
    /// non-matches. <paramref name="candidateScale"/> scales the sampled histogram to all candidates.
    /// </summary>
    private static double PriorOverAllPairs(long[] candidates, double[][] m, double[][] u, double candidateScale, double allPairs)
    {
        var logFactor = new double[Levels.PatternCount];
        Span<int> levels = stackalloc int[Levels.Comparisons];
        for (var p = 0; p < Levels.PatternCount; p++)
        {
            Levels.Decode(p, levels);
            for (var c = 0; c < Levels.Comparisons; c++)
            {
                logFactor[p] += Levels.IsNull(c, levels[c]) ? 0 : Math.Log(m[c][levels[c]] / u[c][levels[c]]);
            }
        }

        var lambda = 1.0 / Math.Max(1, allPairs);
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var expected = 0.0;
            var odds = lambda / (1 - lambda);
            for (var p = 0; p < Levels.PatternCount; p++)
            {
                if (candidates[p] != 0)
                {
                    var f = odds * Math.Exp(logFactor[p]);
                    expected += candidates[p] * (f / (1 + f));
                }
            }

            lambda = Math.Clamp(expected * candidateScale / Math.Max(1, allPairs), 1e-12, 0.5);
        }

        return lambda;
    }

    private static (double[][] M, double Lambda) Em(long[] histogram, double[][] initialM, double[][] u, int[] active, bool updateM)
    {
        var m = initialM.Select(row => (double[])row.Clone()).ToArray();
        var lambda = 0.1;
        Span<int> levels = stackalloc int[Levels.Comparisons];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            var counts = NewTable(0.0);
            double matched = 0, total = 0;
            for (var p = 0; p < Levels.PatternCount; p++)
            {
                var n = histogram[p];
                if (n == 0)
                {
                    continue;
                }

                Levels.Decode(p, levels);
                double pm = lambda, pu = 1 - lambda;
                foreach (var c in active)
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

            if (total == 0)
            {
                break;
            }

            lambda = Math.Clamp(matched / total, 1e-6, 1 - 1e-6);
            if (updateM)
            {
                var next = Normalise(counts, 1e-3);
                foreach (var c in active)
                {
                    m[c] = next[c];
                }
            }
        }

        return (m, lambda);
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
