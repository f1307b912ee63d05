using Parley.Linkage.Synthetic;

namespace Parley.Linkage.Tests.Synthetic;

public sealed class SyntheticListGeneratorTests
{
    [Fact]
    public void Generate_sameSeed_isDeterministic()
    {
        var options = new SyntheticOptions { LeftCount = 300, RightCount = 200, Seed = 5 };
        var a = SyntheticListGenerator.Generate(options);
        var b = SyntheticListGenerator.Generate(options);
        Assert.Equal(a.Left, b.Left);
        Assert.Equal(a.Right, b.Right);
        Assert.Equal(a.Truth, b.Truth);
    }

    [Fact]
    public void Generate_overlap_givesTruthOfThatSize()
    {
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 1000, RightCount = 500, Overlap = 0.4 });
        Assert.Equal(1000, lists.Left.Count);
        Assert.Equal(500, lists.Right.Count);
        Assert.Equal(200, lists.Truth.Count);
        Assert.Equal(200, lists.Truth.Select(t => t.LeftId).Distinct().Count());
    }

    [Fact]
    public void Generate_writesBothScriptsAndNamesakes()
    {
        var lists = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 5000, RightCount = 5000 });
        Assert.Contains(lists.Left, r => r.FamilyName.Any(c => c is 'і' or 'ї' or 'є' or 'І'));
        Assert.Contains(lists.Right, r => r.FamilyName.Any(c => c is 'ы' or 'ё' or 'Ы'));
        Assert.Contains(lists.Right, r => r.FamilyName.All(c => c < 128));
        var namesakes = lists.Left.GroupBy(r => (r.FamilyName, r.GivenName)).Count(g => g.Count() > 1);
        Assert.True(namesakes > 20, $"only {namesakes} namesake groups");
    }
}
