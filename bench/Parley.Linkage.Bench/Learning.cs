using System.Globalization;
using Parley.Linkage.Model;
using Parley.Linkage.Synthetic;

namespace Parley.Linkage.Bench;

/// <summary>
/// Learning from officers' decisions (issue 15): link, let "officers" decide a few hundred pairs the way the
/// review page asks them to (every review row they get to, and a random spot check of automatic matches), each
/// decision answered from the generator's truth; learn the model from those decisions, link again with it, and
/// print precision and recall before and after.
/// </summary>
internal static class Learning
{
    public static int Run(int size, bool wide, int decisions)
    {
        var lists = Generate(size, wide);
        var truth = lists.Truth.ToHashSet();
        var before = new PersonLinker().Link(lists.Left, lists.Right);
        var random = new Random(11);
        var reviews = before.Pairs.Where(p => p.Decision == LinkDecision.Review).ToList();
        var matches = before.Pairs.Where(p => p.Decision == LinkDecision.Match).ToList();
        // Two thirds of the decisions on review rows, one third spot checks of automatic matches; each decision stands
        // for its stratum's share (a review decision for reviews/decided reviews pairs, a spot check likewise).
        var reviewSample = reviews.OrderBy(_ => random.Next()).Take(decisions * 2 / 3).ToList();
        var matchSample = matches.OrderBy(_ => random.Next()).Take(decisions - reviewSample.Count).ToList();
        var labelled = new List<LabelledPair>();
        Add(reviewSample, reviews.Count);
        Add(matchSample, matches.Count);
        var learnt = PersonLinker.Learn(before.Model, labelled);
        var after = new PersonLinker(new LinkOptions { Model = learnt }).Link(lists.Left, lists.Right);
        var scored = reviewSample.Concat(matchSample).Zip(labelled, (p, l) => (p.Score, l.Same, l.Weight)).ToList();
        var threshold = ThresholdCalibration.MatchThreshold(scored) ?? LinkOptions.Default.MatchThreshold;
        var calibrated = new PersonLinker(new LinkOptions { MatchThreshold = threshold, ReviewThreshold = Math.Min(threshold, LinkOptions.Default.ReviewThreshold) })
            .Link(lists.Left, lists.Right);

        Console.WriteLine($"| per side | population | decisions (review + spot checks) | run | precision | recall | F1 | matches | review rows |");
        Console.WriteLine("|---:|---|---:|---|---:|---:|---:|---:|---:|");
        Row("before", before);
        Row("after: m learnt", after);
        Row(string.Create(CultureInfo.InvariantCulture, $"after: threshold calibrated to {threshold:F3}"), calibrated);
        var same = labelled.Count(l => l.Same);
        Console.Error.WriteLine($"{labelled.Count} decisions, {same} the same person; model JSON {learnt.ToJson().Length:N0} chars");
        return 0;

        void Add(List<LinkPair> sample, int stratum)
        {
            foreach (var p in sample)
            {
                var (l, r) = (lists.Left[p.LeftIndex], lists.Right[p.RightIndex]);
                labelled.Add(new LabelledPair(l, r, truth.Contains((l.Id, r.Id)), (double)stratum / Math.Max(1, sample.Count)));
            }
        }

        void Row(string run, LinkResult result)
        {
            var q = Quality(lists, result);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {size:N0} | {(wide ? "wide" : "default")} | {reviewSample.Count} + {matchSample.Count} | {run} | {q.Precision:F4} | {q.Recall:F4} | {q.F1:F4} | {result.Statistics.Matches:N0} | {result.Statistics.Reviews:N0} |"));
        }
    }

    public static SyntheticListPair Generate(int size, bool wide) => SyntheticListGenerator.Generate(
        wide ? SyntheticOptions.Wide(size, size, seed: 7) : new SyntheticOptions { LeftCount = size, RightCount = size, Seed = 7 });

    public static LinkQuality Quality(SyntheticListPair lists, LinkResult result) => LinkEvaluation.Score(
        result.Pairs.Where(p => p.Decision == LinkDecision.Match).Select(p => (lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id)),
        lists.Truth);
}
