using Parley.Linkage.Normalisation;

namespace Parley.Linkage.Tests.Normalisation;

public sealed class NameNormaliserTests
{
    [Theory]
    [InlineData("Шевченко", "Shevchenko")]
    [InlineData("ШЕВЧЕНКО", "shevchenko")]
    [InlineData("Олійник", "Oliinyk")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Юрий", "Yuriy")]
    [InlineData("Юрий", "Iurii")]
    [InlineData("Михайло", "Mykhailo")]
    [InlineData("Михаил", "Mikhail")]
    [InlineData("Григорій", "Hryhorii")]
    [InlineData("Щербак", "Shcherbak")]
    [InlineData("Щербак", "Shherbak")]
    [InlineData("Наталья", "Natalia")]
    [InlineData("Наталія", "Nataliia")]
    [InlineData("Ковальський", "Kovalskyi")]
    [InlineData("Ковальский", "Koval'skiy")]
    [InlineData("Цапко", "Czapko")]
    [InlineData("Євген", "Yevhen")]
    [InlineData("Журавльов", "Zhuravlov")]
    public void Romanise_cyrillicAndItsRomanisations_agree(string cyrillic, string latin) =>
        Assert.Equal(NameNormaliser.Romanise(cyrillic), NameNormaliser.Romanise(latin));

    [Theory]
    [InlineData("Олександр", "Oleksander")]
    [InlineData("Александр", "Alexander")]
    [InlineData("Александр", "Aleksandr")]
    [InlineData("Олександр", "Aleksandr")]
    [InlineData("Олійник", "Олейник")]
    [InlineData("Ковальов", "Ковалёв")]
    public void Skeleton_variantSpellings_agree(string a, string b) =>
        Assert.Equal(NameNormaliser.Skeleton(a), NameNormaliser.Skeleton(b));

    [Fact]
    public void Romanise_latinLookalikesInsideCyrillic_areReadAsCyrillic() =>
        Assert.Equal(NameNormaliser.Romanise("Олійник"), NameNormaliser.Romanise("Олiйник"));

    [Fact]
    public void Romanise_compatibilityForms_areFolded() =>
        Assert.Equal(NameNormaliser.Romanise("Ivan"), NameNormaliser.Romanise("Ｉｖａｎ"));

    [Theory]
    [InlineData("Шевченко", "Шевчук")]
    [InlineData("Іван", "Степан")]
    [InlineData("Коваль", "Коваленко")]
    public void Skeleton_differentNames_differ(string a, string b) =>
        Assert.NotEqual(NameNormaliser.Skeleton(a), NameNormaliser.Skeleton(b));
}
