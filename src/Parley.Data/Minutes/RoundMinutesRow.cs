namespace Parley.Data.Minutes;

/// <summary>A round's minutes as the chair last saved them: one row per round, its version counting the saves.</summary>
public sealed class RoundMinutesRow
{
    public long Id { get; set; }

    public Guid RoundId { get; set; }

    /// <summary>en, uk or ru: the language the chair drafted them in.</summary>
    public string Language { get; set; } = "";

    /// <summary>The text with "\n" line endings, exactly as hashed and signed.</summary>
    public string Text { get; set; } = "";

    public int Version { get; set; }

    /// <summary>SHA-256 (lower-case hex) of the UTF-8 text: what each party's key signs.</summary>
    public string Hash { get; set; } = "";

    public DateTime UpdatedAtUtc { get; set; }
}
