namespace Parley.Lists.Tests;

public sealed class FormulaGuardTests
{
    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("+380", true)]
    [InlineData("-2+3", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("\t=1", true)]
    [InlineData("\r=1", true)]
    [InlineData("\uFF1D1+1", true)]
    [InlineData("-", false)]
    [InlineData("", false)]
    [InlineData("Petrenko", false)]
    [InlineData("a=b", false)]
    public void LooksLikeFormula_owaspLeadingCharacters(string value, bool expected) =>
        Assert.Equal(expected, FormulaGuard.LooksLikeFormula(value));

    [Fact]
    public void Neutralise_prefixesFormulasOnly()
    {
        Assert.Equal("'=1+1", FormulaGuard.Neutralise("=1+1"));
        Assert.Equal("Petrenko", FormulaGuard.Neutralise("Petrenko"));
    }
}
