using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>A leader, official or delegate. Persons who are not public figures exist only as labelled synthetic data.</summary>
public sealed class Person : TalkRecord
{
    /// <summary>The name as usually written in English (e.g. Volodymyr Zelenskyy).</summary>
    public string Name { get; set; } = "";

    /// <summary>The name in the script it was entered in (e.g. Володимир Зеленський); shown as entered.</summary>
    public string? NativeName { get; set; }

    public string? Party { get; set; }

    public List<OfficeTerm> Roles { get; set; } = [];

    public bool IsPublicFigure { get; set; }

    /// <summary>Invented for the demo; always shown with a label.</summary>
    public bool IsSynthetic { get; set; }

    public override RecordKind Kind => RecordKind.Person;

    /// <summary>The role held on a date, the latest one starting first when terms overlap.</summary>
    public OfficeTerm? RoleOn(DateOnly date) => Roles
        .Where(r => (r.From is null || r.From <= date) && (r.To is null || date <= r.To))
        .OrderByDescending(r => r.From ?? DateOnly.MinValue)
        .FirstOrDefault();

    protected override void ValidateContent(ValidationErrors errors)
    {
        errors.Required(nameof(Name), Name, TextLimits.Name);
        errors.MaxLength(nameof(NativeName), NativeName, TextLimits.Name);
        if (IsSynthetic && IsPublicFigure)
        {
            errors.Add(nameof(IsSynthetic), "a synthetic person cannot be a public figure.");
        }
        if (Roles.Count > TextLimits.ListItems)
        {
            errors.Add(nameof(Roles), $"has {Roles.Count} items; at most {TextLimits.ListItems} are allowed.");
        }
        for (var i = 0; i < Roles.Count; i++)
        {
            var term = Roles[i];
            errors.Required($"{nameof(Roles)}[{i}].{nameof(OfficeTerm.Title)}", term.Title, TextLimits.Title);
            errors.MaxLength($"{nameof(Roles)}[{i}].{nameof(OfficeTerm.Source)}", term.Source, TextLimits.Source);
            if (term.From is { } from)
            {
                errors.Ordered($"{nameof(Roles)}[{i}].{nameof(OfficeTerm.From)}", from, $"{nameof(Roles)}[{i}].{nameof(OfficeTerm.To)}", term.To);
            }
        }
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors) =>
        Party = parties.ResolveOptional(nameof(Party), Party, errors);

    public override IEnumerable<TimelinePoint> Timeline() => [];
}
