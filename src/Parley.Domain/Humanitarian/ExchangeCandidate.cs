namespace Parley.Domain.Humanitarian;

/// <summary>
/// A person who may be released in an exchange: held by <paramref name="HeldBy"/>, to be returned to
/// the other party. <paramref name="Matched"/> says both sides' lists were linked to this person.
/// </summary>
public sealed record ExchangeCandidate(
    string PersonId,
    string HeldBy,
    PersonCategory Category,
    PriorityGroups Priorities,
    bool Matched);
