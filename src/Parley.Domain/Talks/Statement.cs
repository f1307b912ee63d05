using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>Something said in public: who, when, where it was reported, the words, and its event code.</summary>
public sealed class Statement : TalkRecord
{
    public Guid? Speaker { get; set; }

    /// <summary>The speaker's name when no person record exists (e.g. "analysts in Moscow").</summary>
    public string? SpeakerName { get; set; }

    public string? SpeakerParty { get; set; }

    public DateOnly SaidOn { get; set; }

    public string Quotation { get; set; } = "";

    public EventCode? EventCode { get; set; }

    public override RecordKind Kind => RecordKind.Statement;

    protected override void ValidateContent(ValidationErrors errors)
    {
        if (Speaker is null && string.IsNullOrWhiteSpace(SpeakerName))
        {
            errors.Add(nameof(Speaker), "is required: a person or a speaker name.");
        }
        errors.MaxLength(nameof(SpeakerName), SpeakerName, TextLimits.Name);
        if (SaidOn == default)
        {
            errors.Add(nameof(SaidOn), "is required.");
        }
        errors.Required(nameof(Quotation), Quotation, TextLimits.Text);
        errors.Required(nameof(Source), Source, TextLimits.Source);
        if (EventCode?.Problem() is { } problem)
        {
            errors.Add($"{nameof(EventCode)}.{nameof(Talks.EventCode.Code)}", problem);
        }
    }

    public override void Normalise()
    {
        if (EventCode is { Scheme: EventCodeScheme.Plover } code)
        {
            EventCode = code with { Code = code.Code.Trim().ToUpperInvariant() };
        }
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors) =>
        SpeakerParty = parties.ResolveOptional(nameof(SpeakerParty), SpeakerParty, errors);

    public override IEnumerable<Guid> ReferencedPersons() => Speaker is { } speaker ? [speaker] : [];

    public override IEnumerable<TimelinePoint> Timeline()
    {
        var who = SpeakerName ?? SpeakerParty ?? "statement";
        yield return new TimelinePoint(SaidOn, $"{who}: “{Shorten(Quotation, 120)}”", Quotation, SpeakerParty is null ? [] : [SpeakerParty]);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
