namespace Parley.Domain.Humanitarian;

/// <summary>How one listed (or unlisted) person's exchange went, as the two confirmations tell it.</summary>
public enum PersonOutcome
{
    /// <summary>Released by the holder and received by the other side, as listed.</summary>
    Exchanged,

    /// <summary>Listed, but the holder does not confirm releasing the person.</summary>
    NotReleased,

    /// <summary>The holder says released; the other side does not confirm receiving the person.</summary>
    NotReceived,

    /// <summary>Confirmed as released or received but not in the signed manifest.</summary>
    NotListed,

    /// <summary>A confirmation is still missing.</summary>
    AwaitingConfirmation,
}

/// <summary>One person's outcome; the difference list shows every person not <see cref="PersonOutcome.Exchanged"/>.</summary>
public sealed record PersonExchangeOutcome(string Commitment, string? ReleasedBy, PersonOutcome Outcome);
