namespace Parley.Domain.Access;

/// <summary>Who may read a record. Party-private records also name their owning party.</summary>
public enum Visibility
{
    /// <summary>Anyone, signed in or not.</summary>
    Public,

    /// <summary>The parties' delegations and the mediators.</summary>
    Shared,

    /// <summary>One party's draft: only that party's members.</summary>
    PartyPrivate,

    /// <summary>Mediators and administrators only.</summary>
    MediatorOnly,
}
