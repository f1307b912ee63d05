namespace Parley.Text.Akn;

/// <summary>What an Akoma Ntoso export says about the version besides its words.</summary>
/// <param name="TextId">The text's identifier, used in the FRBR IRIs.</param>
/// <param name="Version">Version number.</param>
/// <param name="Date">The version's date (FRBR expression date).</param>
/// <param name="Language">The language the words are in.</param>
/// <param name="Checkpoint">The log checkpoint that holds the version's entry, when known.</param>
public sealed record AknExportOptions(string TextId, int Version, DateOnly Date, TextLanguage Language, string? Checkpoint = null);
