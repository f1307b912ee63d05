using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Tests.Talks;

public sealed class AnalysisProfileTests
{
    private static AnalysisProfile Profile(double weight = 2, double value = 0.5, double reservation = 0.3) => new()
    {
        Party = "UA",
        OwnerParty = "UA",
        Visibility = Visibility.PartyPrivate,
        Reservation = reservation,
        Issues =
        [
            new(NegotiationIssue.Ceasefire, weight, [new(Guid.NewGuid(), value), new(Guid.NewGuid(), 1)]),
            new(NegotiationIssue.Prisoners, 1, [new(Guid.NewGuid(), 0)]),
        ],
    };

    private static IDictionary<string, string[]> Errors(AnalysisProfile profile)
    {
        var errors = new ValidationErrors();
        profile.Validate(errors);
        return errors.ToDictionary();
    }

    [Fact]
    public void Validate_valid_profile_has_no_errors() => Assert.Empty(Errors(Profile()));

    [Fact]
    public void Validate_negative_weight_names_party_issue_and_field()
    {
        var reason = Assert.Single(Errors(Profile(weight: -1))["Issues[0].Weight"]);
        Assert.Contains("party UA, issue Ceasefire, field weight", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_all_weights_zero_is_refused()
    {
        var profile = Profile(weight: 0);
        profile.Issues[1] = profile.Issues[1] with { Weight = 0 };
        Assert.Contains("all weights are zero", Assert.Single(Errors(profile)["Issues"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void Validate_value_outside_unit_interval_names_party_issue_and_option(double value)
    {
        var reason = Assert.Single(Errors(Profile(value: value))["Issues[0].Options[0].Value"]);
        Assert.Contains("party UA, issue Ceasefire, field value of option 1", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_reservation_outside_unit_interval_is_refused() =>
        Assert.Contains("field reservation", Assert.Single(Errors(Profile(reservation: 1.2))["Reservation"]), StringComparison.Ordinal);

    [Fact]
    public void Validate_profile_not_party_private_to_its_party_is_refused()
    {
        var profile = Profile();
        profile.Visibility = Visibility.Shared;
        profile.OwnerParty = null;
        Assert.True(Errors(profile).ContainsKey("Visibility"));
    }
}
