using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>A working note: a party's private draft, or a mediators' note.</summary>
public sealed class Note : TalkRecord
{
    public string Title { get; set; } = "";

    public string Body { get; set; } = "";

    public DateOnly WrittenOn { get; set; }

    public override RecordKind Kind => RecordKind.Note;

    protected override void ValidateContent(ValidationErrors errors)
    {
        errors.Required(nameof(Title), Title, TextLimits.Title);
        errors.Required(nameof(Body), Body, TextLimits.Body);
        if (WrittenOn == default)
        {
            errors.Add(nameof(WrittenOn), "is required.");
        }
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors)
    {
    }

    public override IEnumerable<TimelinePoint> Timeline()
    {
        yield return new TimelinePoint(WrittenOn, $"Note: {Title}", Body.Length <= 200 ? Body : Body[..199] + "…", OwnerParty is null ? [] : [OwnerParty]);
    }
}
