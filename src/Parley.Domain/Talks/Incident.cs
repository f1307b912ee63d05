using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>An attack or violation: when, where, what, who reported it, and the casualties as each side claims them.</summary>
public sealed class Incident : TalkRecord
{
    public DateOnly OccurredOn { get; set; }

    public string Place { get; set; } = "";

    public IncidentKind Type { get; set; }

    public string ReportedBy { get; set; } = "";

    /// <summary>The party on whose territory it happened, when there is one.</summary>
    public string? AffectedParty { get; set; }

    public string Summary { get; set; } = "";

    public List<CasualtyClaim> CasualtyClaims { get; set; } = [];

    /// <summary>Kept for the demo's shape, not as a verified report; shown with a label.</summary>
    public bool IsIllustrative { get; set; }

    public override RecordKind Kind => RecordKind.Incident;

    protected override void ValidateContent(ValidationErrors errors)
    {
        if (OccurredOn == default)
        {
            errors.Add(nameof(OccurredOn), "is required.");
        }
        errors.Required(nameof(Place), Place, TextLimits.Name);
        errors.Required(nameof(ReportedBy), ReportedBy, TextLimits.Name);
        errors.Required(nameof(Summary), Summary, TextLimits.Text);
        if (!Enum.IsDefined(Type))
        {
            errors.Add(nameof(Type), "is not a known incident type.");
        }
        if (CasualtyClaims.Count > TextLimits.ListItems)
        {
            errors.Add(nameof(CasualtyClaims), $"at most {TextLimits.ListItems} claims are allowed.");
        }
        for (var i = 0; i < CasualtyClaims.Count; i++)
        {
            var claim = CasualtyClaims[i];
            var field = $"{nameof(CasualtyClaims)}[{i}]";
            if (claim.Killed is < 0 || claim.Injured is < 0)
            {
                errors.Add(field, "casualty counts cannot be negative.");
            }
            errors.Required($"{field}.{nameof(CasualtyClaim.Source)}", claim.Source, TextLimits.Source);
        }
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors)
    {
        AffectedParty = parties.ResolveOptional(nameof(AffectedParty), AffectedParty, errors);
        CasualtyClaims = [.. CasualtyClaims.Select((c, i) =>
            c with { ClaimedBy = parties.Resolve($"{nameof(CasualtyClaims)}[{i}].{nameof(CasualtyClaim.ClaimedBy)}", c.ClaimedBy, errors) })];
    }

    public override IEnumerable<TimelinePoint> Timeline()
    {
        var parties = CasualtyClaims.Select(c => c.ClaimedBy).Concat(AffectedParty is null ? [] : [AffectedParty]).Distinct().ToList();
        yield return new TimelinePoint(OccurredOn, $"{Type}: {Place}", Summary, parties);
    }
}
