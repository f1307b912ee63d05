namespace Parley.Data.Humanitarian;

/// <summary>
/// One decision on a pair, the engine's or a person's, kept for good: what it was, what it became, who decided, when and
/// why. The person is staff: this stays in the database (the public log gets a commitment to it only).
/// </summary>
public sealed record LinkRevision(LinkStatus? From, LinkStatus To, string By, DateTime AtUtc, string? Reason);
