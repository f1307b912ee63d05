using Parley.Domain.Access;
using Parley.Domain.Validation;

namespace Parley.Domain.Records;

/// <summary>
/// What every record of the talks carries: identity, visibility, a concurrency version and where the fact
/// comes from. Subclasses hold the content and its rules.
/// </summary>
public abstract class TalkRecord
{
    public Guid Id { get; set; }

    public Visibility Visibility { get; set; } = Visibility.Public;

    /// <summary>The party owning a party-private draft (ISO 3166 alpha-2); null for any other visibility.</summary>
    public string? OwnerParty { get; set; }

    /// <summary>Optimistic concurrency: an update names the version it read and fails if another write came first.</summary>
    public int Version { get; set; }

    /// <summary>Where this fact was reported (outlet, URL, date), written beside it.</summary>
    public string? Source { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }

    public abstract RecordKind Kind { get; }

    /// <summary>Fills what follows from what was given (e.g. a deadline's date from "in 50 days"); nothing by default.</summary>
    public virtual void Normalise()
    {
    }

    /// <summary>Checks the record on its own (required fields, lengths, date order, codes).</summary>
    public void Validate(ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        switch (Visibility)
        {
            case Visibility.PartyPrivate when string.IsNullOrWhiteSpace(OwnerParty):
                errors.Add(nameof(OwnerParty), "is required for a party-private draft.");
                break;
            case not Visibility.PartyPrivate when OwnerParty is not null:
                errors.Add(nameof(OwnerParty), "is only allowed on a party-private draft.");
                break;
        }
        if (!Enum.IsDefined(Visibility))
        {
            errors.Add(nameof(Visibility), "is not one of public, shared, party-private, mediator-only.");
        }
        errors.MaxLength(nameof(Source), Source, TextLimits.Source);
        ValidateContent(errors);
    }

    protected abstract void ValidateContent(ValidationErrors errors);

    /// <summary>Checks a change against the stored record it replaces (lifecycles, history kept); nothing by default.</summary>
    public virtual void ValidateChange(TalkRecord before, ValidationErrors errors)
    {
    }

    /// <summary>
    /// Replaces each party the record names (by code or name, any case) with its ISO code, and reports
    /// the ones that name no known party under their field.
    /// </summary>
    public void ResolveParties(PartyResolver parties, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(parties);
        if (Visibility == Visibility.PartyPrivate)
        {
            OwnerParty = parties.Resolve(nameof(OwnerParty), OwnerParty, errors);
        }
        ResolveContentParties(parties, errors);
    }

    protected abstract void ResolveContentParties(PartyResolver parties, ValidationErrors errors);

    /// <summary>Persons the record names, each of which must exist.</summary>
    public virtual IEnumerable<Guid> ReferencedPersons() => [];

    /// <summary>The lines this record puts on the timeline.</summary>
    public abstract IEnumerable<TimelinePoint> Timeline();
}
