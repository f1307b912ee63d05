using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>A proposed leaders' meeting: who proposed it, whom it invites, in what format, by when, on what conditions, and the answers.</summary>
public sealed class SummitProposal : TalkRecord
{
    public string Title { get; set; } = "";

    public string ProposerParty { get; set; } = "";

    public Guid? ProposedBy { get; set; }

    public DateOnly ProposedOn { get; set; }

    public List<Guid> Invitees { get; set; } = [];

    public List<string> InviteeParties { get; set; } = [];

    public string Format { get; set; } = "";

    public TargetWindow? Window { get; set; }

    public List<Precondition> Preconditions { get; set; } = [];

    public List<SummitResponse> Responses { get; set; } = [];

    public SummitStatus Status { get; set; }

    public DateOnly? ScheduledFor { get; set; }

    public string? Venue { get; set; }

    public override RecordKind Kind => RecordKind.SummitProposal;

    /// <summary>The state on a day, by the one <see cref="StateRule"/>: past its window it is no longer open, whatever the stored status.</summary>
    public SummitState StateOn(DateOnly today) => StateRule.Of(this, today);

    protected override void ValidateContent(ValidationErrors errors)
    {
        errors.Required(nameof(Title), Title, TextLimits.Title);
        errors.Required(nameof(Format), Format, TextLimits.Title);
        errors.MaxLength(nameof(Venue), Venue, TextLimits.Name);
        if (ProposedOn == default)
        {
            errors.Add(nameof(ProposedOn), "is required.");
        }
        if (Window is { } window)
        {
            errors.Required($"{nameof(Window)}.{nameof(TargetWindow.StatedAs)}", window.StatedAs, TextLimits.Title);
            if (window.From is { } from)
            {
                errors.Ordered($"{nameof(Window)}.{nameof(TargetWindow.From)}", from, $"{nameof(Window)}.{nameof(TargetWindow.To)}", window.To);
            }
            if (window.To < ProposedOn)
            {
                errors.Add($"{nameof(Window)}.{nameof(TargetWindow.To)}", $"{window.To:yyyy-MM-dd} is before the proposal was made ({ProposedOn:yyyy-MM-dd}).");
            }
        }
        if (Status is SummitStatus.Scheduled or SummitStatus.Held && ScheduledFor is null)
        {
            errors.Add(nameof(ScheduledFor), $"is required once the summit is {Status.ToString().ToLowerInvariant()}.");
        }
        if (ScheduledFor is { } on && on < ProposedOn)
        {
            errors.Add(nameof(ScheduledFor), $"{on:yyyy-MM-dd} is before the proposal was made ({ProposedOn:yyyy-MM-dd}).");
        }
        for (var i = 0; i < Preconditions.Count; i++)
        {
            errors.Required($"{nameof(Preconditions)}[{i}].{nameof(Precondition.Text)}", Preconditions[i].Text, TextLimits.Text);
        }
        for (var i = 0; i < Responses.Count; i++)
        {
            errors.Required($"{nameof(Responses)}[{i}].{nameof(SummitResponse.Text)}", Responses[i].Text, TextLimits.Text);
            errors.MaxLength($"{nameof(Responses)}[{i}].{nameof(SummitResponse.Source)}", Responses[i].Source, TextLimits.Source);
        }
        if (Preconditions.Count > TextLimits.ListItems || Responses.Count > TextLimits.ListItems)
        {
            errors.Add(nameof(Responses), $"at most {TextLimits.ListItems} preconditions and responses are allowed.");
        }
    }

    public override void ValidateChange(TalkRecord before, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (before is SummitProposal old && !SummitLifecycle.CanMove(old.Status, Status))
        {
            var allowed = SummitLifecycle.NextFrom(old.Status);
            errors.Add(nameof(Status), allowed.Count == 0
                ? $"a {old.Status.ToString().ToLowerInvariant()} proposal is final and cannot become {Status.ToString().ToLowerInvariant()}."
                : $"cannot move from {old.Status.ToString().ToLowerInvariant()} to {Status.ToString().ToLowerInvariant()}; allowed: {string.Join(", ", allowed).ToLowerInvariant()}.");
        }
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors)
    {
        ProposerParty = parties.Resolve(nameof(ProposerParty), ProposerParty, errors);
        InviteeParties = parties.ResolveAll(nameof(InviteeParties), InviteeParties, errors);
        Preconditions = [.. Preconditions.Select((p, i) => p with { Party = parties.Resolve($"{nameof(Preconditions)}[{i}].{nameof(Precondition.Party)}", p.Party, errors) })];
        Responses = [.. Responses.Select((r, i) => r with { Party = parties.Resolve($"{nameof(Responses)}[{i}].{nameof(SummitResponse.Party)}", r.Party, errors) })];
    }

    public override IEnumerable<Guid> ReferencedPersons() => ProposedBy is { } by ? Invitees.Prepend(by) : Invitees;

    public override IEnumerable<TimelinePoint> Timeline()
    {
        var parties = InviteeParties.Prepend(ProposerParty).Distinct().ToList();
        yield return new TimelinePoint(ProposedOn, $"Summit proposed: {Title}", $"{Format}; target {Window?.StatedAs ?? "open"}; {Status.ToString().ToLowerInvariant()}", parties);
        if (ScheduledFor is { } on)
        {
            yield return new TimelinePoint(on, $"Summit {(Status == SummitStatus.Held ? "held" : "scheduled")}: {Title}", Venue ?? Format, parties);
        }
    }
}
