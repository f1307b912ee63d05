namespace Parley.Analysis.Formats;

/// <summary>An input's name (a file name; GENIUS profiles name their party after it) and its text.</summary>
public sealed record InputFile(string Name, string Text);
