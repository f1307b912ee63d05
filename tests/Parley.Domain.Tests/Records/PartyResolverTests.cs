using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Tests.Records;

public sealed class PartyResolverTests
{
    private static readonly PartyResolver Parties = new(
    [
        new Party { Code = "UA", Name = "Ukraine" },
        new Party { Code = "TR", Name = "Türkiye", Aliases = ["Turkey"] },
    ]);

    [Theory]
    [InlineData("UA")]
    [InlineData("ua")]
    [InlineData("Ukraine")]
    [InlineData(" ukraine ")]
    public void Find_code_or_name_in_any_case(string input) => Assert.Equal("UA", Parties.Find(input));

    [Fact]
    public void Find_alias_resolves() => Assert.Equal("TR", Parties.Find("turkey"));

    [Fact]
    public void Resolve_unknown_party_names_the_field_and_the_known_codes()
    {
        var errors = new ValidationErrors();
        Parties.Resolve("Party", "Narnia", errors);
        var reason = Assert.Single(errors.ToDictionary()["Party"]);
        Assert.Contains("'Narnia' is not a known party", reason, StringComparison.Ordinal);
        Assert.Contains("TR, UA", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolve_required_party_missing_is_an_error()
    {
        var errors = new ValidationErrors();
        Parties.Resolve("Party", " ", errors);
        Assert.True(errors.Has("Party"));
    }
}
