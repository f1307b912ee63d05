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

    [Theory]
    [InlineData("=1+1", true)]
    [InlineData("@SUM(A1)", true)]
    [InlineData("+cmd|' /C calc'!A0", true)]
    [InlineData("-SUM(A1)", true)]
    [InlineData("-2+3", false)]
    [InlineData("--1", true)]
    [InlineData("\uFF1D1+1", true)]
    [InlineData("\uFF0BHYPERLINK(1)", true)]
    [InlineData("+380 44 123 45 67", false)]
    [InlineData("+ 380", false)]
    [InlineData("-5", false)]
    [InlineData("- wounded in the leg", false)]
    [InlineData("+", false)]
    [InlineData("-", false)]
    [InlineData("", false)]
    [InlineData("a=b", false)]
    public void IsFormula_refusesWhatCanOnlyBeAFormula(string value, bool expected) =>
        Assert.Equal(expected, FormulaGuard.IsFormula(value));

    [Fact]
    public void Neutralise_prefixesFormulasOnly()
    {
        Assert.Equal("'=1+1", FormulaGuard.Neutralise("=1+1"));
        Assert.Equal("Petrenko", FormulaGuard.Neutralise("Petrenko"));
    }
}
