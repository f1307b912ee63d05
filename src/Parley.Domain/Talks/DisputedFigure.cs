using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>
/// A quantity the sides dispute (e.g. children deported). Each claim stays its party's claim, side by side with
/// its source; there is deliberately no combined value.
/// </summary>
public sealed class DisputedFigure : TalkRecord
{
    public string Subject { get; set; } = "";

    public string Unit { get; set; } = "";

    public string? Description { get; set; }

    public List<FigureClaim> Claims { get; set; } = [];

    public override RecordKind Kind => RecordKind.DisputedFigure;

    /// <summary>Each party's latest claim, newest first per party.</summary>
    public IReadOnlyList<FigureClaim> LatestByParty() =>
        [.. Claims.GroupBy(c => c.Party).Select(g => g.OrderByDescending(c => c.AsOf).First()).OrderBy(c => c.Party, StringComparer.Ordinal)];

    protected override void ValidateContent(ValidationErrors errors)
    {
        errors.Required(nameof(Subject), Subject, TextLimits.Title);
        errors.Required(nameof(Unit), Unit, TextLimits.Name);
        errors.MaxLength(nameof(Description), Description, TextLimits.Text);
        if (Claims.Count > TextLimits.ListItems)
        {
            errors.Add(nameof(Claims), $"at most {TextLimits.ListItems} claims are allowed.");
        }
        for (var i = 0; i < Claims.Count; i++)
        {
            var claim = Claims[i];
            var field = $"{nameof(Claims)}[{i}]";
            if (claim.Value < 0)
            {
                errors.Add($"{field}.{nameof(FigureClaim.Value)}", "cannot be negative.");
            }
            if (claim.AsOf == default)
            {
                errors.Add($"{field}.{nameof(FigureClaim.AsOf)}", "is required.");
            }
            errors.Required($"{field}.{nameof(FigureClaim.Source)}", claim.Source, TextLimits.Source);
            errors.MaxLength($"{field}.{nameof(FigureClaim.ClaimedBy)}", claim.ClaimedBy, TextLimits.Name);
            errors.MaxLength($"{field}.{nameof(FigureClaim.Note)}", claim.Note, TextLimits.Text);
        }
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors) =>
        Claims = [.. Claims.Select((c, i) => c with { Party = parties.Resolve($"{nameof(Claims)}[{i}].{nameof(FigureClaim.Party)}", c.Party, errors) })];

    public override IEnumerable<TimelinePoint> Timeline() =>
        Claims.Select(c => new TimelinePoint(c.AsOf, $"{c.Party} claims {c.Value:N0} {Unit}: {Subject}", c.ClaimedBy ?? c.Source, [c.Party]));
}
