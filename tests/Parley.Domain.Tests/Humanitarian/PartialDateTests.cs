using Parley.Domain.Humanitarian;

namespace Parley.Domain.Tests.Humanitarian;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1990-05-17", 1990, 5, 17, DatePrecision.Day)]
    [InlineData("17.05.1990", 1990, 5, 17, DatePrecision.Day)]
    [InlineData("2000-02-29", 2000, 2, 29, DatePrecision.Day)]
    [InlineData("1990-05", 1990, 5, 0, DatePrecision.Month)]
    [InlineData("1990", 1990, 0, 0, DatePrecision.Year)]
    [InlineData(" ", 0, 0, 0, DatePrecision.None)]
    public void TryParse_contractForms_keepsPrecision(string text, int y, int m, int d, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal((y, m, d, precision), (date.Year, date.Month, date.Day, date.Precision));
    }

    [Theory]
    [InlineData("1990-02-30")]
    [InlineData("1900-02-29")]
    [InlineData("1990-13")]
    [InlineData("1990-00")]
    [InlineData("00.05.1990")]
    [InlineData("17/05/1990")]
    [InlineData("0000")]
    [InlineData("199O")]
    [InlineData("1990-5-17")]
    [InlineData("May 1990")]
    [InlineData("31.02.1990")]
    [InlineData("90")]
    [InlineData("17.5.1990")]
    public void TryParse_otherText_fails(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Theory]
    [InlineData("17.05.1990", "1990-05-17")]
    [InlineData("1990-05", "1990-05")]
    [InlineData("0990", "0990")]
    [InlineData("", "")]
    public void ToString_isCanonical(string text, string expected)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal(expected, date.ToString());
    }

    [Fact]
    public void Create_roundTripsThroughTryParse()
    {
        var date = PartialDate.Create(2001, 2, 3);
        Assert.True(PartialDate.TryParse(date.ToString(), out var back));
        Assert.Equal(date, back);
        Assert.Equal(DatePrecision.Month, PartialDate.FromYearMonth(2001, 2).Precision);
    }

    [Theory]
    [InlineData(1990, 2, 30)]
    [InlineData(1990, 0, 5)]
    [InlineData(0, 1, 1)]
    public void Create_impossibleDate_throws(int year, int month, int day) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PartialDate.Create(year, month, day));
}
