using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>A party's position or demand on one issue as of a date, with a stance on the issue's axis (-2…+2).</summary>
public sealed class Position : TalkRecord
{
    public string Party { get; set; } = "";

    public NegotiationIssue Issue { get; set; }

    public DateOnly StatedOn { get; set; }

    public int Stance { get; set; }

    public string Summary { get; set; } = "";

    public override RecordKind Kind => RecordKind.Position;

    protected override void ValidateContent(ValidationErrors errors)
    {
        if (!Enum.IsDefined(Issue))
        {
            errors.Add(nameof(Issue), "is not a known issue.");
        }
        if (StatedOn == default)
        {
            errors.Add(nameof(StatedOn), "is required.");
        }
        if (Stance is < IssueAxis.Min or > IssueAxis.Max)
        {
            errors.Add(nameof(Stance), $"{Stance} is outside the issue's axis, {IssueAxis.Min} to {IssueAxis.Max}.");
        }
        errors.Required(nameof(Summary), Summary, TextLimits.Text);
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors) =>
        Party = parties.Resolve(nameof(Party), Party, errors);

    public override IEnumerable<TimelinePoint> Timeline()
    {
        var label = Enum.IsDefined(Issue) ? IssueAxis.For(Issue).Label : Issue.ToString();
        yield return new TimelinePoint(StatedOn, $"{Party} position on {label}", Summary, [Party]);
    }
}
