namespace Parley.Data.Texts;

/// <summary>One stored version of a text: its canonical plain-text form and the hash the log and signatures name.</summary>
public sealed class TextVersionRow
{
    public long Id { get; set; }

    public Guid TextId { get; set; }

    public int Number { get; set; }

    /// <summary>The round of talks it was tabled at, when known.</summary>
    public int? Round { get; set; }

    /// <summary>The canonical plain-text form (UTF-8, English labels): hashing it gives <see cref="Hash"/>.</summary>
    public string Content { get; set; } = "";

    /// <summary>Lower-case hex SHA-256 of <see cref="Content"/>.</summary>
    public string Hash { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
