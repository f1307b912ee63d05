using Parley.Domain.Talks;

namespace Parley.Domain.Tests.Talks;

public sealed class EventCodeTests
{
    [Theory]
    [InlineData(EventCodeScheme.Cameo, "036")]
    [InlineData(EventCodeScheme.Cameo, "1312")]
    [InlineData(EventCodeScheme.Cameo, "20")]
    [InlineData(EventCodeScheme.Plover, "THREATEN")]
    [InlineData(EventCodeScheme.Plover, "agree")]
    public void Problem_well_formed_codes_have_none(EventCodeScheme scheme, string code) =>
        Assert.Null(new EventCode(scheme, code).Problem());

    [Theory]
    [InlineData(EventCodeScheme.Cameo, "21")]
    [InlineData(EventCodeScheme.Cameo, "00")]
    [InlineData(EventCodeScheme.Cameo, "12345")]
    [InlineData(EventCodeScheme.Cameo, "3")]
    [InlineData(EventCodeScheme.Cameo, "0a6")]
    [InlineData(EventCodeScheme.Plover, "NEGOTIATE")]
    public void Problem_malformed_codes_are_explained(EventCodeScheme scheme, string code) =>
        Assert.NotNull(new EventCode(scheme, code).Problem());

    [Fact]
    public void Root_of_a_cameo_code_is_its_first_two_digits() =>
        Assert.Equal("13", new EventCode(EventCodeScheme.Cameo, "1312").Root);
}
