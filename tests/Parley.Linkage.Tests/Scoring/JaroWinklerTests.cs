using Parley.Linkage.Scoring;

namespace Parley.Linkage.Tests.Scoring;

public sealed class JaroWinklerTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.840)]
    [InlineData("dixon", "dicksonx", 0.813)]
    [InlineData("abc", "abc", 1.0)]
    [InlineData("abc", "xyz", 0.0)]
    public void Similarity_winklerExamples_matchPublishedValues(string a, string b, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(a, b), 3);

    [Fact]
    public void Similarity_isSymmetric() =>
        Assert.Equal(JaroWinkler.Similarity("shevchenko", "shevchuk"), JaroWinkler.Similarity("shevchuk", "shevchenko"), 12);

    [Fact]
    public void Similarity_longNames_areTruncatedNotRejected()
    {
        var a = new string('a', 100) + "b";
        Assert.Equal(1.0, JaroWinkler.Similarity(a, a[..100] + "c"), 6);
    }
}
