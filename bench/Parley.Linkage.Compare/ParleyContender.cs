namespace Parley.Linkage.Compare;

/// <summary>Parley's engine with its documented defaults; its <c>match</c> pairs are scored.</summary>
internal sealed class ParleyContender : IContender
{
    public string Name => "Parley";

    public string Note { get; private set; } = "";

    public IReadOnlyList<(string LeftId, string RightId)> Link(Dataset data)
    {
        var left = Dataset.ForEngine(data.Left);
        var right = Dataset.ForEngine(data.Right);
        var result = new PersonLinker().Link(left, right);
        var reviews = result.Pairs.Count(p => p.Decision == LinkDecision.Review);
        Note = $"{reviews:N0} review rows";
        return [.. result.Pairs
            .Where(p => p.Decision == LinkDecision.Match)
            .Select(p => (left[p.LeftIndex].Id, right[p.RightIndex].Id))];
    }
}
