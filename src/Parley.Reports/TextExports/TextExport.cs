using Parley.Text;

namespace Parley.Reports.TextExports;

/// <summary>What a DOCX or PDF of a negotiating text shows besides the words.</summary>
/// <param name="Text">The version's text, in <paramref name="Language"/>.</param>
/// <param name="Version">Version number.</param>
/// <param name="Language">The language the words are in; the labels follow it.</param>
/// <param name="Checkpoint">The log checkpoint that holds the version, when known.</param>
/// <param name="Note">A line under the title (e.g. "Illustrative draft"), or null.</param>
public sealed record TextExport(NegotiatingText Text, int Version, TextLanguage Language, string? Checkpoint = null, string? Note = null)
{
    /// <summary>The version hash the document carries.</summary>
    public string Hash { get; } = VersionHash.Of(Text);
}
