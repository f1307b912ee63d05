using Parley.Domain.Records;

namespace Parley.Data.Entities;

/// <summary>One change to the record: who made it, when, what kind and which record, and the version it produced.</summary>
public sealed partial class AuditEntry
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string Actor { get; set; } = "";

    public string ActorRole { get; set; } = "";

    public string? ActorParty { get; set; }

    public AuditAction Action { get; set; }

    public RecordKind Kind { get; set; }

    public Guid RecordId { get; set; }

    public int Version { get; set; }

    /// <summary>A one-line description of the record after the change (its title or name).</summary>
    public string Summary { get; set; } = "";
}
