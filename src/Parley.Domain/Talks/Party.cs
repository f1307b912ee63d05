using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>A state or body at the table, known by its ISO 3166-1 alpha-2 code (UA, RU, US, TR).</summary>
public sealed class Party : TalkRecord
{
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";

    /// <summary>The name in the party's own language and script, as entered.</summary>
    public string? NativeName { get; set; }

    /// <summary>Other names that resolve to this party (e.g. "Turkey" for Türkiye).</summary>
    public List<string> Aliases { get; set; } = [];

    public PartyRoles Roles { get; set; }

    public override RecordKind Kind => RecordKind.Party;

    protected override void ValidateContent(ValidationErrors errors)
    {
        if (Code is not { Length: 2 } || !char.IsAsciiLetter(Code[0]) || !char.IsAsciiLetter(Code[1]))
        {
            errors.Add(nameof(Code), "must be an ISO 3166-1 alpha-2 code: two letters, e.g. UA.");
        }
        errors.Required(nameof(Name), Name, TextLimits.Name);
        errors.MaxLength(nameof(NativeName), NativeName, TextLimits.Name);
        errors.MaxLength(nameof(Aliases), Aliases, TextLimits.Name, TextLimits.ListItems);
    }

    public override void ValidateChange(TalkRecord before, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (before is Party old && !string.Equals(old.Code, Code, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(Code), $"cannot change from {old.Code}: other records refer to the party by its code.");
        }
    }

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors) =>
        Code = Code.Trim().ToUpperInvariant();

    public override IEnumerable<TimelinePoint> Timeline() => [];
}
