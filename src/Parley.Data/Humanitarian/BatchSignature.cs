namespace Parley.Data.Humanitarian;

/// <summary>A party's verified signature over a batch's manifest or its confirmation, kept as the signed note.</summary>
public sealed class BatchSignature
{
    public long Id { get; set; }

    public Guid BatchId { get; set; }

    public string Party { get; set; } = "";

    public SignatureKind Kind { get; set; }

    public string KeyName { get; set; } = "";

    /// <summary>The whole signed note as the party sent it; anyone can verify it again.</summary>
    public string Note { get; set; } = "";

    /// <summary>For confirmations: the commitments the party released and received, JSON.</summary>
    public List<string> Released { get; set; } = [];

    public List<string> Received { get; set; } = [];

    public DateTime VerifiedAtUtc { get; set; }
}
