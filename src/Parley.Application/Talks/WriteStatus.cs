
namespace Parley.Application.Talks;

public enum WriteStatus
{
    Ok,

    /// <summary>The change broke a rule; <see cref="WriteResult{T}.Errors"/> names each field and reason.</summary>
    Invalid,

    /// <summary>Someone else changed the record since the caller read it (optimistic concurrency).</summary>
    Conflict,

    /// <summary>The caller may not make this change.</summary>
    Forbidden,

    /// <summary>No such record, or none the caller may see.</summary>
    NotFound,
}
