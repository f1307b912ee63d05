namespace Parley.Domain.Humanitarian;

/// <summary>Counts of one category in a batch, per releasing side.</summary>
public sealed record CategoryCount(PersonCategory Category, int FirstReleases, int SecondReleases);

/// <summary>The result of checking a batch: counts per category and every problem found.</summary>
public sealed record BatchComposition(IReadOnlyList<CategoryCount> Counts, IReadOnlyList<BatchProblem> Problems)
{
    public bool CanBeAgreed => Problems.Count == 0;
}
