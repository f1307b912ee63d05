namespace Parley.Text;

/// <summary>A stored version of a text: its number, the round it belongs to, and the text.</summary>
/// <param name="Number">Version number, from 1.</param>
/// <param name="Round">The round of talks it was tabled at, when known.</param>
/// <param name="Text">The text of that version.</param>
public sealed record TextVersion(int Number, int? Round, NegotiatingText Text);
