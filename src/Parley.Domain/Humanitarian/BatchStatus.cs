namespace Parley.Domain.Humanitarian;

/// <summary>Where an exchange batch stands.</summary>
public enum BatchStatus
{
    /// <summary>Being composed; persons may still be added or removed.</summary>
    Draft,

    /// <summary>One party's officer has signed the manifest.</summary>
    SignedByOne,

    /// <summary>Both parties' signatures over the same manifest hash verify; the list is frozen.</summary>
    Agreed,

    /// <summary>One party has signed its confirmation of the exchange.</summary>
    ConfirmedByOne,

    /// <summary>Both parties have signed their confirmations.</summary>
    ConfirmedByBoth,
}
