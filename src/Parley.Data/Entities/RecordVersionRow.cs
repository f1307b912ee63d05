using Parley.Domain.Access;
using Parley.Domain.Records;

namespace Parley.Data.Entities;

/// <summary>
/// One version of a talks record as the one write path stored it: the content after the change (the last content,
/// for a deletion), who changed it and when, and who may read that version. The history of a record is its rows in
/// version order; each row is read under its own visibility, so a draft that was later shared never shows its
/// earlier private wording to the other side.
/// </summary>
public sealed class RecordVersionRow
{
    public long Id { get; set; }

    public Guid RecordId { get; set; }

    public RecordKind Kind { get; set; }

    public int Version { get; set; }

    public AuditAction Action { get; set; }

    public DateTime AtUtc { get; set; }

    /// <summary>The account that made the change: staff identity, shown only to those allowed.</summary>
    public string Actor { get; set; } = "";

    public string ActorRole { get; set; } = "";

    public string? ActorParty { get; set; }

    public Visibility Visibility { get; set; }

    public string? OwnerParty { get; set; }

    /// <summary>The record's canonical JSON (as the log binds it).</summary>
    public string Content { get; set; } = "";
}
