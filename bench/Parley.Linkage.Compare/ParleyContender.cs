namespace Parley.Linkage.Compare;

/// <summary>Parley's engine with its documented defaults; its <c>match</c> pairs are scored.</summary>
internal sealed class ParleyContender : IContender
{
    public string Name => "Parley";

    public ContenderRun Link(Dataset data, IReadOnlyList<Person> left)
    {
        var leftRecords = Dataset.ForEngine(left);
        var rightRecords = Dataset.ForEngine(data.Right);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var result = new PersonLinker().Link(leftRecords, rightRecords);
        clock.Stop();
        var reviews = result.Pairs.Count(p => p.Decision == LinkDecision.Review);
        List<(string, string)> matches = [.. result.Pairs
            .Where(p => p.Decision == LinkDecision.Match)
            .Select(p => (leftRecords[p.LeftIndex].Id, rightRecords[p.RightIndex].Id))];
        return new ContenderRun(matches, TimeSpan.Zero, clock.Elapsed, $"{reviews:N0} review rows");
    }
}
