using Parley.Domain.Access;
using Parley.Domain.Records;

namespace Parley.Data.Entities;

/// <summary>
/// The timeline's projection: one row per dated line of a record, kept in step by the writer in the same
/// transaction, so the timeline is one indexed query whatever the kind.
/// </summary>
public sealed class TimelineEntry
{
    public long Id { get; set; }

    public Guid RecordId { get; set; }

    public RecordKind Kind { get; set; }

    public DateOnly On { get; set; }

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    /// <summary>Party codes between bars ("|UA|RU|"), so a party filter is one LIKE on an indexed table.</summary>
    public string Parties { get; set; } = "|";

    public Visibility Visibility { get; set; }

    public string? OwnerParty { get; set; }
}
