using Parley.Domain.Humanitarian;

namespace Parley.Application.Humanitarian.Registry;

/// <summary>A listed person as an allowed reader sees them: the record, its personal data and its commitment.</summary>
public sealed record RegistryEntry(
    Guid Id,
    Guid ListId,
    string ListedBy,
    string HeldBy,
    string SourceId,
    PersonCategory Category,
    PriorityGroups Priorities,
    string Commitment,
    DateTime ListedAtUtc,
    PersonDetails? Details,
    int Version = 1)
{
    /// <summary>Erased entries keep their place and commitment but no personal data.</summary>
    public bool Erased => Details is null;
}
