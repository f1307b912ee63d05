namespace Parley.Domain.Talks;

/// <summary>What a party is in the talks; Türkiye is host and mediator at once.</summary>
[Flags]
public enum PartyRoles
{
    None = 0,
    Belligerent = 1,
    Mediator = 2,
    Host = 4,
}
