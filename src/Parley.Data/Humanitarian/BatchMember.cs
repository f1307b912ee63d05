namespace Parley.Data.Humanitarian;

/// <summary>A matched person in a batch, released by the party holding them.</summary>
public sealed class BatchMember
{
    public Guid BatchId { get; set; }

    /// <summary>The confirmed link that makes the two sides' records one person.</summary>
    public Guid LinkId { get; set; }

    /// <summary>The record of the holding side's list; its commitment goes into the manifest.</summary>
    public Guid HeldRecordId { get; set; }

    public string ReleasedBy { get; set; } = "";
}
