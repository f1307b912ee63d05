using Parley.Linkage.Normalisation;

namespace Parley.Linkage.Tests.Normalisation;

public sealed class NameEquivalentsTests
{
    private static int Group(NameKind kind, string name)
    {
        var romanised = NameNormaliser.Romanise(name);
        return NameEquivalents.Default.Find(kind, romanised, NameNormaliser.Skeleton(romanised));
    }

    [Theory]
    [InlineData("Олександр", "Александр")]
    [InlineData("Олександр", "Alexander")]
    [InlineData("Олексій", "Alexei")]
    [InlineData("Микола", "Nikolay")]
    [InlineData("Mykola", "Николай")]
    [InlineData("Дмитро", "Dmitriy")]
    [InlineData("Євген", "Evgeny")]
    [InlineData("Петро", "Pyotr")]
    [InlineData("Ганна", "Anna")]
    [InlineData("Hanna", "Анна")]
    [InlineData("Наталія", "Natalya")]
    [InlineData("Тетяна", "Tatiana")]
    [InlineData("Опанас", "Афанасий")]
    public void Find_ukrainianAndRussianGivenForms_shareGroup(string a, string b)
    {
        var g = Group(NameKind.Given, a);
        Assert.True(g >= 0, $"{a} is not in the table");
        Assert.Equal(g, Group(NameKind.Given, b));
    }

    [Theory]
    [InlineData("Олексійович", "Алексеевич")]
    [InlineData("Олексійович", "Alekseevich")]
    [InlineData("Миколайович", "Nikolaevich")]
    [InlineData("Іллівна", "Ильинична")]
    [InlineData("Григорович", "Grigoryevich")]
    public void Find_patronymicForms_shareGroup(string a, string b)
    {
        var g = Group(NameKind.Patronymic, a);
        Assert.True(g >= 0, $"{a} is not in the table");
        Assert.Equal(g, Group(NameKind.Patronymic, b));
    }

    [Theory]
    [InlineData("Іван", "Степан")]
    [InlineData("Олена", "Ольга")]
    [InlineData("Олександр", "Олександра")]
    public void Find_differentNames_differ(string a, string b) =>
        Assert.NotEqual(Group(NameKind.Given, a), Group(NameKind.Given, b));

    [Fact]
    public void Default_tableHoldsAtLeast150Groups() =>
        Assert.True(NameEquivalents.Default.GroupCount >= 150, $"only {NameEquivalents.Default.GroupCount} groups");
}
