using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Domain.Tests.Talks;

public sealed class SummitProposalTests
{
    private static SummitProposal Proposal(SummitStatus status, DateOnly? scheduledFor = null) => new()
    {
        Title = "Four-way meeting",
        Format = "Leaders",
        ProposerParty = "UA",
        ProposedOn = new DateOnly(2025, 7, 23),
        Window = new TargetWindow("by the end of August", null, new DateOnly(2025, 8, 31)),
        Status = status,
        ScheduledFor = scheduledFor,
    };

    [Fact]
    public void ValidateChange_proposed_to_held_names_the_allowed_moves()
    {
        var errors = new ValidationErrors();
        Proposal(SummitStatus.Held, new DateOnly(2025, 8, 20)).ValidateChange(Proposal(SummitStatus.Proposed), errors);
        var reason = Assert.Single(errors.ToDictionary()["Status"]);
        Assert.Contains("allowed: accepted, declined, lapsed", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_scheduled_without_a_date_is_refused()
    {
        var errors = new ValidationErrors();
        Proposal(SummitStatus.Scheduled).Validate(errors);
        Assert.True(errors.Has(nameof(SummitProposal.ScheduledFor)));
    }

    [Fact]
    public void StateOn_open_proposal_past_its_window_is_not_open()
    {
        Assert.Equal(SummitPhase.PastWindow, Proposal(SummitStatus.Proposed).StateOn(new DateOnly(2025, 9, 1)).Phase);
        Assert.True(Proposal(SummitStatus.Proposed).StateOn(new DateOnly(2025, 8, 31)).IsOpen);
        Assert.Equal(SummitPhase.Declined, Proposal(SummitStatus.Declined).StateOn(new DateOnly(2025, 9, 1)).Phase);
    }
}
