using Parley.Linkage.Synthetic;

namespace Parley.Linkage.Bench;

/// <summary>Prints a sample of false matches and missed true pairs with their explanations, to study errors.</summary>
internal static class Diagnose
{
    public static int Run(int size, int show, bool sweep)
    {
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = size, RightCount = size, Seed = 7 });
        var result = new PersonLinker().Link(lists.Left, lists.Right);
        var truth = lists.Truth.ToHashSet();
        var byLeft = result.Pairs.ToLookup(p => lists.Left[p.LeftIndex].Id);
        var matches = result.Pairs.Where(p => p.Decision == LinkDecision.Match).ToList();
        Console.WriteLine($"prior {result.Statistics.Prior:E3} (expected true pairs {result.Statistics.Prior * size * (double)size:N0}) matches {matches.Count} reviews {result.Statistics.Reviews}");
        Console.WriteLine("False matches:");
        foreach (var p in matches.Where(p => !truth.Contains((lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id))).Take(show))
        {
            Console.WriteLine($"  {p.Score:F4} {Show(lists.Left[p.LeftIndex])} <> {Show(lists.Right[p.RightIndex])}  [{p.Explanation}]");
        }

        var leftById = lists.Left.ToDictionary(r => r.Id);
        var rightById = lists.Right.ToDictionary(r => r.Id);
        var matchedSet = matches.Select(p => (lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id)).ToHashSet();
        Console.WriteLine("Missed true pairs:");
        foreach (var t in lists.Truth.Where(t => !matchedSet.Contains(t)).Take(show))
        {
            var seen = byLeft[t.LeftId].FirstOrDefault(p => lists.Right[p.RightIndex].Id == t.RightId);
            Console.WriteLine($"  {(seen is null ? "-" : $"{seen.Score:F4} {seen.Decision}")} {Show(leftById[t.LeftId])} <> {Show(rightById[t.RightId])} {seen?.Explanation}");
        }

        var seenTrue = result.Pairs.Where(p => truth.Contains((lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id))).ToList();
        Console.WriteLine($"true pairs {truth.Count}, written {seenTrue.Count}, as match {seenTrue.Count(p => p.Decision == LinkDecision.Match)}");
        foreach (var band in new[] { 0.99, 0.9, 0.8, 0.5, 0.3 })
        {
            Console.WriteLine($"  true pairs scoring ≥ {band}: {seenTrue.Count(p => p.Score >= band)}");
        }

        foreach (var g in seenTrue.Where(p => p.Score < 0.8).GroupBy(p => string.Join(' ', p.Explanation.Split(' ').Where(w => w.StartsWith("dob", StringComparison.Ordinal) || w.StartsWith("patronymic", StringComparison.Ordinal)))).OrderByDescending(g => g.Count()).Take(12))
        {
            Console.WriteLine($"  below 0.8: {g.Count(),6} {g.Key}  (median score {g.Select(p => p.Score).Order().ElementAt(g.Count() / 2):F3})");
        }

        var good = seenTrue.Where(p => p.Explanation.Contains("dob=exact", StringComparison.Ordinal) && p.Explanation.Contains("patronymic=exact", StringComparison.Ordinal)).Select(p => p.Score).Order().ToList();
        Console.WriteLine($"  true pairs with exact dob and patronymic: {good.Count}, 5th percentile score {good[good.Count / 20]:F4}");

        // Rivals: records on either side sharing the romanised skeleton of both names with a pair that agrees exactly on date.
        var strong = seenTrue.Where(p => p.Score < 0.8 && p.Explanation.Contains("dob=exact", StringComparison.Ordinal)).Where((_, i) => i % 97 == 0).Take(show).ToList();
        if (strong.Count > 0)
        {
            string Key(PersonRecord r) => NameKey(r.FamilyName, r.GivenName);
            var rightByKey = lists.Right.ToLookup(Key);
            var leftByKey = lists.Left.ToLookup(Key);
            Console.WriteLine("Strong true pairs scored low, with same-name records:");
            foreach (var p in strong)
            {
                var l = lists.Left[p.LeftIndex];
                var r = lists.Right[p.RightIndex];
                Console.WriteLine($"  {p.Score:F4} {Show(l)} <> {Show(r)}  [{p.Explanation}]");
                foreach (var x in rightByKey[Key(l)].Where(x => x != r).Take(6))
                {
                    Console.WriteLine($"      right rival {Show(x)}");
                }
                foreach (var x in leftByKey[Key(r)].Where(x => x != l).Take(6))
                {
                    Console.WriteLine($"      left rival  {Show(x)}");
                }
            }
        }

        // Calibration: if the scores are probabilities, each band's share of true pairs is near its mean score.
        Console.WriteLine("| score band | pairs written | mean score | share true |");
        for (var low = 0.3; low < 1; low += 0.1)
        {
            var high = low + 0.1;
            var band = result.Pairs.Where(p => p.Score >= low && (p.Score < high || high >= 1)).ToList();
            if (band.Count > 0)
            {
                var share = band.Count(p => truth.Contains((lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id))) / (double)band.Count;
                Console.WriteLine($"| {low:F1}–{high:F1} | {band.Count:N0} | {band.Average(p => p.Score):F3} | {share:F3} |");
            }
        }

        foreach (var threshold in sweep ? new[] { 0.5, 0.6, 0.7, 0.8 } : [])
        {
            var r = new PersonLinker(new LinkOptions { MatchThreshold = threshold }).Link(lists.Left, lists.Right);
            var q = LinkEvaluation.Score(
                r.Pairs.Where(p => p.Decision == LinkDecision.Match).Select(p => (lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id)),
                lists.Truth);
            Console.WriteLine($"match threshold {threshold}: precision {q.Precision:F4} recall {q.Recall:F4} F1 {q.F1:F4}");
        }

        return 0;
    }

    private static string NameKey(string family, string given)
    {
        var a = Normalisation.NameNormaliser.Skeleton(family);
        var b = Normalisation.NameNormaliser.Skeleton(given);
        return string.CompareOrdinal(a, b) < 0 ? a + "|" + b : b + "|" + a;
    }

    private static string Show(PersonRecord r) => $"{r.FamilyName} {r.GivenName} {r.Patronymic} {r.DateOfBirth} {r.Sex}";
}
