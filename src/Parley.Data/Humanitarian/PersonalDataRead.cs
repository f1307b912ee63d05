namespace Parley.Data.Humanitarian;

/// <summary>
/// One read of a person's record: who, when, which record, from where. Rows are committed to the log
/// in batches (<see cref="LoggedInBatch"/>), which makes the trail itself tamper-evident.
/// </summary>
public sealed class PersonalDataRead
{
    public long Id { get; set; }

    public DateTime AtUtc { get; set; }

    public string UserId { get; set; } = "";

    public string UserName { get; set; } = "";

    public string Role { get; set; } = "";

    public string? Party { get; set; }

    public Guid RecordId { get; set; }

    /// <summary>What was read: a registry person or a child's case.</summary>
    public string RecordKind { get; set; } = "";

    /// <summary>Why: the page or command that read it (e.g. "review queue", "manifest pdf").</summary>
    public string Purpose { get; set; } = "";

    public string? RemoteAddress { get; set; }

    public long? LoggedInBatch { get; set; }
}
