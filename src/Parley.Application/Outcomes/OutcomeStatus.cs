namespace Parley.Application.Outcomes;

/// <summary>
/// The kinds of answer a use case gives. The use case alone chooses between <see cref="NotFound"/> and
/// <see cref="Forbidden"/>: whoever may not learn that a thing exists is told it was not found; whoever may see it
/// but not do this to it is told it is forbidden.
/// </summary>
public enum OutcomeStatus
{
    Ok,

    /// <summary>The input broke a rule; <see cref="Refusal.Errors"/> names each field (or line and column) and reason.</summary>
    Invalid,

    /// <summary>No such thing, or none the caller may see.</summary>
    NotFound,

    /// <summary>The caller may see the thing but not do this to it.</summary>
    Forbidden,

    /// <summary>Someone else changed it first, or it is in a state that no longer allows this.</summary>
    Conflict,
}
