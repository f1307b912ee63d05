using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>
/// A round of direct talks: where, when and how, who led each delegation, what is (or was) on the table, what came
/// of it and what it left to be done. A round dated after today is the next meeting being planned.
/// </summary>
public sealed partial class Round : TalkRecord
{
    public int Number { get; set; }

    public string Venue { get; set; } = "";

    public string? City { get; set; }

    public string? HostParty { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    public MeetingFormat? Format { get; set; }

    /// <summary>Who chaired, e.g. the host's foreign minister.</summary>
    public Guid? Chair { get; set; }

    public int? DurationMinutes { get; set; }

    /// <summary>The participants per party: head and members of each delegation (planned ones for a future round).</summary>
    public List<DelegationSeat> Delegations { get; set; } = [];

    public List<AgendaItem> Agenda { get; set; } = [];

    public List<string> Outcomes { get; set; } = [];

    public List<FollowUp> FollowUps { get; set; } = [];

    public override RecordKind Kind => RecordKind.Round;

    public RoundPhase PhaseOn(DateOnly today) => StateRule.Of(this, today);

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors)
    {
        HostParty = parties.ResolveOptional(nameof(HostParty), HostParty, errors);
        Delegations = [.. Delegations.Select((d, i) =>
            d with { Party = parties.Resolve($"{nameof(Delegations)}[{i}].{nameof(DelegationSeat.Party)}", d.Party, errors) })];
        FollowUps = [.. FollowUps.Select((f, i) =>
            f with { OwnerParty = parties.ResolveOptional($"{nameof(FollowUps)}[{i}].{nameof(FollowUp.OwnerParty)}", f.OwnerParty, errors) })];
    }

    public override IEnumerable<Guid> ReferencedPersons() =>
        Delegations.SelectMany(d => d.Head is { } head ? d.Members.Prepend(head) : d.Members)
            .Concat(Chair is { } chair ? [chair] : [])
            .Concat(FollowUps.Where(f => f.OwnerPerson is not null).Select(f => f.OwnerPerson!.Value));

    public override IEnumerable<TimelinePoint> Timeline()
    {
        var parties = Delegations.Select(d => d.Party).Concat(HostParty is null ? [] : [HostParty]).Distinct().ToList();
        var summary = Outcomes.Count > 0 ? string.Join(" · ", Outcomes) : string.Join(" · ", Agenda.Select(a => a.Text));
        // Follow-ups' due dates are not timeline points: their state changes with the day, the timeline records what happened.
        yield return new TimelinePoint(StartsOn, $"Round {Number} at {Venue}", summary, parties);
    }
}
