namespace Parley.Ledger.Entries;

/// <summary>Who may see a record; only <see cref="Public"/> records enter the log in the clear.</summary>
public enum Visibility
{
    /// <summary>Everyone, signed in or not.</summary>
    Public,
    /// <summary>The parties and the mediators.</summary>
    Shared,
    /// <summary>One party only (drafts).</summary>
    PartyPrivate,
    /// <summary>The mediators only.</summary>
    MediatorOnly,
}
