using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Tests.Talks;

public sealed class RoundTests
{
    private static Round Valid() => new()
    {
        Number = 3,
        Venue = "Çırağan Palace",
        StartsOn = new DateOnly(2025, 7, 23),
        Delegations = [new DelegationSeat("ru", null, []), new DelegationSeat("Ukraine", null, [])],
    };

    [Fact]
    public void Validate_end_before_start_names_the_end()
    {
        var round = Valid();
        round.EndsOn = new DateOnly(2025, 7, 22);
        var errors = new ValidationErrors();
        round.Validate(errors);
        Assert.True(errors.Has(nameof(Round.EndsOn)));
    }

    [Fact]
    public void Validate_oversized_outcome_names_the_item_and_the_limit()
    {
        var round = Valid();
        round.Outcomes = [new string('x', TextLimits.Text + 1)];
        var errors = new ValidationErrors();
        round.Validate(errors);
        Assert.Contains($"at most {TextLimits.Text}", Assert.Single(errors.ToDictionary()["Outcomes[0]"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_owner_party_only_on_a_draft()
    {
        var round = Valid();
        round.OwnerParty = "UA";
        var errors = new ValidationErrors();
        round.Validate(errors);
        Assert.True(errors.Has(nameof(TalkRecord.OwnerParty)));
        round.Visibility = Visibility.PartyPrivate;
        errors = new ValidationErrors();
        round.Validate(errors);
        Assert.False(errors.Has(nameof(TalkRecord.OwnerParty)));
    }

    [Fact]
    public void ResolveParties_delegations_by_name_become_codes_and_feed_the_timeline()
    {
        var round = Valid();
        var errors = new ValidationErrors();
        round.ResolveParties(new PartyResolver([new Party { Code = "UA", Name = "Ukraine" }, new Party { Code = "RU", Name = "Russia" }]), errors);
        Assert.True(errors.IsEmpty, errors.ToString());
        Assert.Equal(["RU", "UA"], round.Delegations.Select(d => d.Party));
        Assert.Equal(["RU", "UA"], Assert.Single(round.Timeline()).Parties);
    }
}
