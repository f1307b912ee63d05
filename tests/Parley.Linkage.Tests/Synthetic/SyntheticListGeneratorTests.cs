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

    [Fact]
    public void Generate_wide_widensNamesSpellingsPatronymicsAndDates()
    {
        var classic = SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = 20000, RightCount = 20000, Seed = 9 });
        var wide = SyntheticListGenerator.Generate(SyntheticOptions.Wide(20000, 20000, seed: 9));
        Assert.Equal(wide.Left, SyntheticListGenerator.Generate(SyntheticOptions.Wide(20000, 20000, seed: 9)).Left);

        int Surnames(SyntheticListPair p) => p.Left.Select(r => r.FamilyName.ToLowerInvariant()).Distinct().Count();
        Assert.True(Surnames(wide) > 1.5 * Surnames(classic), $"{Surnames(wide)} vs {Surnames(classic)}");
        Assert.Contains(wide.Right, r => r.FamilyName.Contains("sch", StringComparison.OrdinalIgnoreCase) || r.FamilyName.Contains("sz", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(wide.Left, r => r.GivenName is "Ярема" or "Соломія" or "Зоряна");
        double NoPatronymic(IReadOnlyList<PersonRecord> list) => list.Count(r => r.Patronymic.Length == 0) / (double)list.Count;
        Assert.True(NoPatronymic(wide.Right) > NoPatronymic(classic.Right) + 0.15);
        Assert.True(wide.Right.Count(r => r.DateOfBirth is { Month: 1, Day: 1 }) > 2 * classic.Right.Count(r => r.DateOfBirth is { Month: 1, Day: 1 }));
    }
}
