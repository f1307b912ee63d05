using Parley.Domain.Talks;

namespace Parley.Domain.Tests.Talks;

public sealed class StateRuleTests
{
    private static readonly DateOnly Due = new(2025, 8, 8);

    private static Deadline Ultimatum(DeadlineStatus status = DeadlineStatus.Open) => new()
    {
        Title = "Ceasefire or tariffs",
        IssuerParty = "US",
        TargetParty = "RU",
        Demand = "Agree to a ceasefire",
        Consequence = "Secondary tariffs",
        Status = status,
        Revisions =
        [
            new DeadlineRevision(new DateOnly(2025, 7, 14), "in 50 days", 50, null),
            new DeadlineRevision(new DateOnly(2025, 7, 29), "10 days from today", 10, null),
        ],
    };

    private static SummitProposal Summit(SummitStatus status = SummitStatus.Proposed, params SummitResponse[] responses) => new()
    {
        Title = "Leaders' meeting",
        Format = "Zelenskyy, Putin, Trump, Erdoğan",
        ProposerParty = "UA",
        ProposedOn = new DateOnly(2025, 7, 23),
        InviteeParties = ["UA", "RU", "US", "TR"],
        Window = new TargetWindow("before the end of August", null, new DateOnly(2025, 8, 31)),
        Status = status,
        ScheduledFor = status is SummitStatus.Scheduled or SummitStatus.Held ? new DateOnly(2025, 8, 20) : null,
        Responses = [.. responses],
    };

    [Fact]
    public void Of_open_deadline_on_its_day_is_running()
    {
        var state = StateRule.Of(Ultimatum(), Due);
        Assert.Equal((DeadlinePhase.Running, 0, true, false), (state.Phase, state.DaysLeft, state.IsOpen, state.Expired));
    }

    [Fact]
    public void Of_open_deadline_the_day_after_is_expired_and_not_open()
    {
        var state = StateRule.Of(Ultimatum(), Due.AddDays(1));
        Assert.Equal((DeadlinePhase.Expired, -1, false, true), (state.Phase, state.DaysLeft, state.IsOpen, state.Expired));
    }

    [Fact]
    public void Of_deadline_uses_the_revision_in_force()
    {
        Assert.Equal(Due, StateRule.Of(Ultimatum(), new DateOnly(2025, 8, 1)).DueOn);
    }

    [Theory]
    [InlineData(DeadlineStatus.Met, DeadlinePhase.Met)]
    [InlineData(DeadlineStatus.Lapsed, DeadlinePhase.Lapsed)]
    [InlineData(DeadlineStatus.Withdrawn, DeadlinePhase.Withdrawn)]
    public void Of_settled_deadline_keeps_its_settlement_after_the_date(DeadlineStatus status, DeadlinePhase phase)
    {
        var state = StateRule.Of(Ultimatum(status), Due.AddDays(30));
        Assert.Equal((phase, false, false), (state.Phase, state.IsOpen, state.Expired));
    }

    [Fact]
    public void Of_deadline_without_a_date_throws()
    {
        Assert.Throws<InvalidOperationException>(() => StateRule.Of(new Deadline(), Due));
    }

    [Fact]
    public void Of_proposal_within_its_window_without_all_answers_awaits_answers()
    {
        var state = StateRule.Of(Summit(SummitStatus.Proposed, new SummitResponse("RU", ResponseStance.AcceptsWithConditions, "Only to sign")), new DateOnly(2025, 8, 1));
        Assert.Equal((SummitPhase.AwaitingAnswers, true), (state.Phase, state.IsOpen));
    }

    [Fact]
    public void Of_proposal_past_its_window_is_not_open_although_stored_as_proposed()
    {
        var state = StateRule.Of(Summit(), new DateOnly(2025, 9, 1));
        Assert.Equal((SummitPhase.PastWindow, false), (state.Phase, state.IsOpen));
    }

    [Fact]
    public void Of_accepted_proposal_past_its_window_is_not_open()
    {
        Assert.Equal(SummitPhase.PastWindow, StateRule.Of(Summit(SummitStatus.Accepted), new DateOnly(2025, 9, 1)).Phase);
    }

    [Fact]
    public void Of_proposal_every_invitee_accepted_is_accepted()
    {
        var state = StateRule.Of(Summit(SummitStatus.Proposed,
            new SummitResponse("RU", ResponseStance.AcceptsWithConditions, "Only to sign"),
            new SummitResponse("US", ResponseStance.Accepts, "Yes"),
            new SummitResponse("TR", ResponseStance.Accepts, "We host")), new DateOnly(2025, 8, 1));
        Assert.Equal((SummitPhase.Accepted, true), (state.Phase, state.IsOpen));
    }

    [Fact]
    public void Of_proposal_an_invitee_declined_is_declined_and_names_it()
    {
        var state = StateRule.Of(Summit(SummitStatus.Proposed, new SummitResponse("RU", ResponseStance.Declines, "No")), new DateOnly(2025, 8, 1));
        Assert.Equal((SummitPhase.Declined, false), (state.Phase, state.IsOpen));
        Assert.Equal(["RU"], state.DeclinedBy);
    }

    [Fact]
    public void Of_proposal_a_later_answer_replaces_the_earlier_one()
    {
        var state = StateRule.Of(Summit(SummitStatus.Proposed,
            new SummitResponse("RU", ResponseStance.Declines, "No"),
            new SummitResponse("RU", ResponseStance.AcceptsWithConditions, "Only to sign")), new DateOnly(2025, 8, 1));
        Assert.Equal(SummitPhase.AwaitingAnswers, state.Phase);
    }

    [Fact]
    public void Of_scheduled_summit_whose_day_passed_unrecorded_is_not_open()
    {
        Assert.True(StateRule.Of(Summit(SummitStatus.Scheduled), new DateOnly(2025, 8, 20)).IsOpen);
        var after = StateRule.Of(Summit(SummitStatus.Scheduled), new DateOnly(2025, 8, 21));
        Assert.Equal((SummitPhase.PastDate, false), (after.Phase, after.IsOpen));
    }

    [Theory]
    [InlineData(SummitStatus.Held, SummitPhase.Held)]
    [InlineData(SummitStatus.Lapsed, SummitPhase.Lapsed)]
    [InlineData(SummitStatus.Declined, SummitPhase.Declined)]
    public void Of_final_summit_status_is_kept(SummitStatus status, SummitPhase phase)
    {
        Assert.Equal(phase, StateRule.Of(Summit(status), new DateOnly(2025, 8, 1)).Phase);
    }
}
