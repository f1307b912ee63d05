namespace Parley.Analysis.Model;

/// <summary>An issue of the negotiation with its discrete options (an "issue" with "values" in GENIUS).</summary>
public sealed record Issue(string Name, IReadOnlyList<string> Options);
