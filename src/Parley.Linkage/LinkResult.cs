using Parley.Linkage.Model;
using Parley.Linkage.Scoring;

namespace Parley.Linkage;

/// <summary>The pairs of a run, sorted by descending score, its counters, and the model it scored with.</summary>
/// <param name="Model">The trained model (m, u per level, λ): save it with the run (<see cref="LinkModel.ToJson"/>).</param>
public sealed record LinkResult(IReadOnlyList<LinkPair> Pairs, LinkStatistics Statistics, LinkModel Model)
{
    /// <summary>
    /// The match-weight waterfall of a pair of this run: the prior, each comparison's level with its m, u and
    /// weight, the term-frequency adjustments of the names, and the one-to-one correction to the final score.
    /// </summary>
    public PairExplanation Explain(LinkPair pair)
    {
        ArgumentNullException.ThrowIfNull(pair);
        var steps = new List<WaterfallStep>();
        var log2Odds = Math.Log2(Model.Lambda / (1 - Model.Lambda));
        steps.Add(new WaterfallStep("prior", "two random records match", null, null, log2Odds, Model.Lambda));
        Span<int> levels = stackalloc int[Levels.Comparisons];
        Levels.Decode(pair.Pattern, levels);
        for (var c = 0; c < Levels.Comparisons; c++)
        {
            var level = Model.Comparisons[c].Levels[levels[c]];
            if (c == Levels.Order)
            {
                if (levels[c] == 1)
                {
                    steps.Add(new WaterfallStep("order", "family and given swapped", null, null, 0, Probability(log2Odds)));
                }

                continue;
            }

            log2Odds += level.Log2Weight;
            steps.Add(new WaterfallStep(
                Model.Comparisons[c].Name, level.Label, level.IsNull ? null : level.M, level.IsNull ? null : level.U, level.Log2Weight, Probability(log2Odds)));
            if (c == Levels.Family && pair.FamilyFrequency != 0)
            {
                log2Odds += pair.FamilyFrequency / Math.Log(2);
                steps.Add(new WaterfallStep("family frequency", "how common the surname is", null, null, pair.FamilyFrequency / Math.Log(2), Probability(log2Odds)));
            }

            if (c == Levels.Given && pair.GivenFrequency != 0)
            {
                log2Odds += pair.GivenFrequency / Math.Log(2);
                steps.Add(new WaterfallStep("given frequency", "how common the given name is", null, null, pair.GivenFrequency / Math.Log(2), Probability(log2Odds)));
            }
        }

        var final = Math.Clamp(pair.Score, 1e-300, 1 - 1e-16);
        var correction = Math.Log2(final / (1 - final)) - log2Odds;
        steps.Add(new WaterfallStep("one-to-one", "other candidates of both records", null, null, correction, pair.Score));
        return new PairExplanation(steps, pair.Gaps);
    }

    private static double Probability(double log2Odds) => 1 / (1 + Math.Pow(2, -log2Odds));
}
