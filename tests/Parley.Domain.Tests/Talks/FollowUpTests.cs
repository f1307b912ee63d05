using System.Text.Json;
using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Tests.Talks;

public sealed class FollowUpTests
{
    private static readonly DateOnly Due = new(2025, 8, 31);

    private static Round Round3() => new()
    {
        Number = 3,
        Venue = "Çırağan Palace",
        StartsOn = new DateOnly(2025, 7, 23),
        Outcomes = ["Ukraine proposed a leaders' meeting"],
        FollowUps = [new("Answer the proposal of a leaders' meeting") { OwnerParty = "RU", DueOn = Due, Outcome = 0 }],
    };

    [Fact]
    public void StateRuleOf_open_follow_up_on_its_due_day_is_open()
    {
        var state = StateRule.Of(Round3().FollowUps[0], Due);
        Assert.Equal((FollowUpPhase.Open, 0, true), (state.Phase, state.DaysLeft, state.IsOpen));
    }

    [Fact]
    public void StateRuleOf_open_follow_up_after_its_due_day_is_overdue()
    {
        var state = StateRule.Of(Round3().FollowUps[0], Due.AddDays(1));
        Assert.Equal((FollowUpPhase.Overdue, -1, true), (state.Phase, state.DaysLeft, state.IsOpen));
    }

    [Theory]
    [InlineData(FollowUpStatus.Done, FollowUpPhase.Done)]
    [InlineData(FollowUpStatus.Dropped, FollowUpPhase.Dropped)]
    public void StateRuleOf_settled_follow_up_is_never_overdue(FollowUpStatus status, FollowUpPhase phase)
    {
        var state = StateRule.Of(Round3().FollowUps[0] with { Status = status }, Due.AddDays(100));
        Assert.Equal((phase, false), (state.Phase, state.IsOpen));
    }

    [Fact]
    public void StateRuleOf_follow_up_without_a_date_stays_open()
    {
        var state = StateRule.Of(new FollowUp("Carry out the exchange"), new DateOnly(2030, 1, 1));
        Assert.Equal((FollowUpPhase.Open, (int?)null), (state.Phase, state.DaysLeft));
    }

    [Theory]
    [InlineData("2025-07-22", RoundPhase.Planned)]
    [InlineData("2025-07-23", RoundPhase.InSession)]
    [InlineData("2025-07-24", RoundPhase.Held)]
    public void StateRuleOf_round_is_planned_in_session_or_held(string today, RoundPhase phase)
    {
        Assert.Equal(phase, StateRule.Of(Round3(), DateOnly.Parse(today, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void ValidateChange_removing_a_stored_follow_up_is_refused()
    {
        var after = Round3();
        after.FollowUps = [];
        var errors = new ValidationErrors();
        after.ValidateChange(Round3(), errors);
        Assert.Contains("mark one dropped", Assert.Single(errors.ToDictionary()["FollowUps"]), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_follow_up_naming_a_missing_outcome_names_the_field()
    {
        var round = Round3();
        round.FollowUps = [round.FollowUps[0] with { Outcome = 5 }];
        var errors = new ValidationErrors();
        round.Validate(errors);
        Assert.True(errors.Has("FollowUps[0].Outcome"));
    }

    [Fact]
    public void Validate_follow_up_due_before_the_round_names_the_date()
    {
        var round = Round3();
        round.FollowUps = [round.FollowUps[0] with { DueOn = new DateOnly(2025, 7, 1) }];
        var errors = new ValidationErrors();
        round.Validate(errors);
        Assert.True(errors.Has("FollowUps[0].DueOn"));
    }

    [Fact]
    public void Json_follow_ups_stored_as_text_read_as_open_follow_ups()
    {
        var list = JsonSerializer.Deserialize<List<FollowUp>>("""["Carry out the swaps", {"text":"Answer","ownerParty":"RU","dueOn":"2025-08-31","status":2}]""", JsonSerializerOptions.Web)!;
        Assert.Equal(new FollowUp("Carry out the swaps"), list[0]);
        Assert.Equal(("RU", Due, FollowUpStatus.Dropped), (list[1].OwnerParty, list[1].DueOn!.Value, list[1].Status));
    }

    [Fact]
    public void Json_agenda_items_stored_as_text_read_as_items()
    {
        var list = JsonSerializer.Deserialize<List<AgendaItem>>("""["Ceasefire", {"text":"Prisoners","issue":4}]""", JsonSerializerOptions.Web)!;
        Assert.Equal(("Ceasefire", (NegotiationIssue?)null), (list[0].Text, list[0].Issue));
        Assert.Equal(NegotiationIssue.Prisoners, list[1].Issue);
    }
}
