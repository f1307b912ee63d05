using Parley.Domain.Access;

namespace Parley.Data.Texts;

/// <summary>A negotiating text: its title, language, who may read it, and its newest version number.</summary>
public sealed class NegotiatingTextRow
{
    public Guid Id { get; set; }

    public string Title { get; set; } = "";

    /// <summary>ISO 639-1 code of the text's language (en, uk, ru).</summary>
    public string Language { get; set; } = "en";

    /// <summary>Public texts enter the log in the clear; any other as a salted commitment.</summary>
    public Visibility Visibility { get; set; } = Visibility.Shared;

    /// <summary>The newest version; also the optimistic-concurrency token of every new version.</summary>
    public int CurrentVersion { get; set; }

    public DateTime CreatedUtc { get; set; }

    public DateTime UpdatedUtc { get; set; }
}
