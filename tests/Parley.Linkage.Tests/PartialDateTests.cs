namespace Parley.Linkage.Tests;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("1990-05-17", 1990, 5, 17, DatePrecision.Day)]
    [InlineData("17.05.1990", 1990, 5, 17, DatePrecision.Day)]
    [InlineData("1990-05", 1990, 5, 0, DatePrecision.Month)]
    [InlineData("1990", 1990, 0, 0, DatePrecision.Year)]
    [InlineData("  ", 0, 0, 0, DatePrecision.None)]
    public void TryParse_contractForms_parse(string text, int year, int month, int day, DatePrecision precision)
    {
        Assert.True(PartialDate.TryParse(text, out var date));
        Assert.Equal((year, month, day, precision), (date.Year, date.Month, date.Day, date.Precision));
    }

    [Theory]
    [InlineData("31.02.1990")]
    [InlineData("1990-13")]
    [InlineData("90")]
    [InlineData("1990/05/17")]
    [InlineData("17.5.1990")]
    public void TryParse_badValues_fail(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void ToString_roundTripsThroughTryParse()
    {
        var date = PartialDate.Create(2001, 2, 3);
        Assert.True(PartialDate.TryParse(date.ToString(), out var back));
        Assert.Equal(date, back);
    }
}
