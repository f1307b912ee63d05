namespace Parley.Data.Minutes;

/// <summary>A party's signature on one version of a round's minutes: its officer's signed note, verified against the party-key registry.</summary>
public sealed class MinutesSignatureRow
{
    public long Id { get; set; }

    public Guid RoundId { get; set; }

    public int Version { get; set; }

    /// <summary>The minutes hash the note signs.</summary>
    public string Hash { get; set; } = "";

    public string Party { get; set; } = "";

    /// <summary>The name of the party key that signed.</summary>
    public string KeyName { get; set; } = "";

    /// <summary>The whole signed note as the party sent it; anyone can verify it again.</summary>
    public string Note { get; set; } = "";

    public DateTime VerifiedAtUtc { get; set; }
}
