using Parley.Linkage.Scoring;

namespace Parley.Linkage.Tests.Scoring;

public sealed class DatesTests
{
    private static int Level(string a, string b)
    {
        Assert.True(PartialDate.TryParse(a, out var x));
        Assert.True(PartialDate.TryParse(b, out var y));
        return Dates.Level(Dates.Pack(x), Dates.Pack(y));
    }

    [Theory]
    [InlineData("1990-05-17", "17.05.1990", 0)]
    [InlineData("1990-05-07", "1990-07-05", 1)]
    [InlineData("1990-05-17", "1991-05-17", 2)]
    [InlineData("1990-05-17", "1990-05-18", 3)]
    [InlineData("1990-05-17", "1990", 4)]
    [InlineData("1990-05-17", "1990-05", 4)]
    [InlineData("1990", "1991-03-01", 5)]
    [InlineData("1990-05-17", "1995-05-17", 6)]
    [InlineData("1990-05-17", "", Levels.DobMissing)]
    public void Level_datePairs_haveDocumentedLevel(string a, string b, int level) => Assert.Equal(level, Level(a, b));

    [Fact]
    public void SwapInsensitive_dayMonthSwap_isEqual()
    {
        var a = Dates.Pack(PartialDate.Create(1990, 5, 7));
        var b = Dates.Pack(PartialDate.Create(1990, 7, 5));
        Assert.Equal(Dates.SwapInsensitive(a), Dates.SwapInsensitive(b));
    }
}
