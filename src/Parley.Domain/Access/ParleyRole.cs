namespace Parley.Domain.Access;

/// <summary>What a user is in the talks. Anonymous callers read as observers do.</summary>
public enum ParleyRole
{
    Anonymous,
    Observer,
    Humanitarian,
    Delegation,
    Mediator,
    Administrator,
}
