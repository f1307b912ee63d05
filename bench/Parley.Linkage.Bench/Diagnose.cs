using Parley.Linkage.Synthetic;

namespace Parley.Linkage.Bench;

/// <summary>Prints a sample of false matches and missed true pairs with their explanations, to study errors.</summary>
internal static class Diagnose
{
    public static int Run(int size, int show)
    {
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = size, RightCount = size, Seed = 7 });
        var result = new PersonLinker().Link(lists.Left, lists.Right);
        var truth = lists.Truth.ToHashSet();
        var byLeft = result.Pairs.ToLookup(p => lists.Left[p.LeftIndex].Id);
        var matches = result.Pairs.Where(p => p.Decision == LinkDecision.Match).ToList();
        Console.WriteLine($"prior {result.Statistics.Prior:F5} matches {matches.Count} reviews {result.Statistics.Reviews}");
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

        foreach (var threshold in new[] { 0.5, 0.7, 0.8, 0.9, 0.95 })
        {
            var r = new PersonLinker(new LinkOptions { MatchThreshold = threshold }).Link(lists.Left, lists.Right);
            var q = LinkEvaluation.Score(
                r.Pairs.Where(p => p.Decision == LinkDecision.Match).Select(p => (lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id)),
                lists.Truth);
            Console.WriteLine($"match threshold {threshold}: precision {q.Precision:F4} recall {q.Recall:F4} F1 {q.F1:F4}");
        }

        return 0;
    }

    private static string Show(PersonRecord r) => $"{r.FamilyName} {r.GivenName} {r.Patronymic} {r.DateOfBirth} {r.Sex}";
}
