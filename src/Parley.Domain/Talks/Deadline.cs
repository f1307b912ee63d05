using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>An ultimatum or deadline: who set it for whom, what is demanded, what follows, and every revision of its date.</summary>
public sealed partial class Deadline : TalkRecord
{
    public string Title { get; set; } = "";

    public Guid? Issuer { get; set; }

    public string IssuerParty { get; set; } = "";

    public string TargetParty { get; set; } = "";

    public string Demand { get; set; } = "";

    public string Consequence { get; set; } = "";

    /// <summary>Oldest first; the last one is in force.</summary>
    public List<DeadlineRevision> Revisions { get; set; } = [];

    public DeadlineStatus Status { get; set; }

    public override RecordKind Kind => RecordKind.Deadline;

    public DeadlineRevision? Current => Revisions.Count == 0 ? null : Revisions[^1];

    public DateOnly? DueOn => Current?.ResolvedDueOn;

    /// <summary>The state on a day, by the one <see cref="StateRule"/>: an open deadline whose date has passed is expired.</summary>
    public DeadlineState StateOn(DateOnly today) => StateRule.Of(this, today);

    public override void Normalise() =>
        Revisions = [.. Revisions.Select(r => r.DueOn is null && r.ResolvedDueOn is { } due ? r with { DueOn = due } : r)];

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors)
    {
        IssuerParty = parties.Resolve(nameof(IssuerParty), IssuerParty, errors);
        TargetParty = parties.Resolve(nameof(TargetParty), TargetParty, errors);
    }

    public override IEnumerable<Guid> ReferencedPersons() => Issuer is { } issuer ? [issuer] : [];

    public override IEnumerable<TimelinePoint> Timeline()
    {
        List<string> parties = [IssuerParty, TargetParty];
        for (var i = 0; i < Revisions.Count; i++)
        {
            var revision = Revisions[i];
            var verb = i == 0 ? "Deadline set" : "Deadline revised";
            yield return new TimelinePoint(revision.StatedOn, $"{verb}: {Title}", $"\"{revision.StatedAs}\" → {revision.ResolvedDueOn:yyyy-MM-dd}; {Consequence}", parties);
        }
        if (DueOn is { } due)
        {
            yield return new TimelinePoint(due, $"Deadline due: {Title}", Demand, parties);
        }
    }
}
