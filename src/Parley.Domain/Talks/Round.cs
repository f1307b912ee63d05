using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>A round of direct talks: where, when, who led each delegation, what was on the table and what came of it.</summary>
public sealed class Round : TalkRecord
{
    public int Number { get; set; }

    public string Venue { get; set; } = "";

    public string? City { get; set; }

    public string? HostParty { get; set; }

    public DateOnly StartsOn { get; set; }

    public DateOnly? EndsOn { get; set; }

    /// <summary>Who chaired, e.g. the host's foreign minister.</summary>
    public Guid? Chair { get; set; }

    public int? DurationMinutes { get; set; }

    public List<DelegationSeat> Delegations { get; set; } = [];

    public List<string> Agenda { get; set; } = [];

    public List<string> Outcomes { get; set; } = [];

    public List<string> FollowUps { get; set; } = [];

    public override RecordKind Kind => RecordKind.Round;

    protected override void ValidateContent(ValidationErrors errors)
    {
        if (Number < 1)
        {
            errors.Add(nameof(Number), "must be 1 or more.");
        }
        errors.Required(nameof(Venue), Venue, TextLimits.Name);
        errors.MaxLength(nameof(City), City, TextLimits.Name);
        if (StartsOn == default)
        {
            errors.Add(nameof(StartsOn), "is required.");
        }
        errors.Ordered(nameof(StartsOn), StartsOn, nameof(EndsOn), EndsOn);
        if (DurationMinutes is < 0 or > 60 * 24 * 31)
        {
            errors.Add(nameof(DurationMinutes), "must be between 0 and a month.");
        }
        errors.MaxLength(nameof(Agenda), Agenda, TextLimits.Text, TextLimits.ListItems);
        errors.MaxLength(nameof(Outcomes), Outcomes, TextLimits.Text, TextLimits.ListItems);
        errors.MaxLength(nameof(FollowUps), FollowUps, TextLimits.Text, TextLimits.ListItems);
        for (var i = 0; i < Delegations.Count; i++)
        {
            errors.MaxLength($"{nameof(Delegations)}[{i}].{nameof(DelegationSeat.Note)}", Delegations[i].Note, TextLimits.Text);
        }
        var repeated = Delegations.GroupBy(d => d.Party, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            errors.Add(nameof(Delegations), $"lists party {repeated.Key} more than once.");
        }
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors)
    {
        HostParty = parties.ResolveOptional(nameof(HostParty), HostParty, errors);
        Delegations = [.. Delegations.Select((d, i) =>
            d with { Party = parties.Resolve($"{nameof(Delegations)}[{i}].{nameof(DelegationSeat.Party)}", d.Party, errors) })];
    }

    public override IEnumerable<Guid> ReferencedPersons() =>
        Delegations.SelectMany(d => d.Head is { } head ? d.Members.Prepend(head) : d.Members)
            .Concat(Chair is { } chair ? [chair] : []);

    public override IEnumerable<TimelinePoint> Timeline()
    {
        var parties = Delegations.Select(d => d.Party).Concat(HostParty is null ? [] : [HostParty]).Distinct().ToList();
        var summary = Outcomes.Count > 0 ? string.Join(" · ", Outcomes) : string.Join(" · ", Agenda);
        yield return new TimelinePoint(StartsOn, $"Round {Number} at {Venue}", summary, parties);
    }
}
