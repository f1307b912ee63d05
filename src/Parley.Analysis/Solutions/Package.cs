namespace Parley.Analysis.Solutions;

/// <summary>A package (one option index per issue) with each party's utility of it.</summary>
public sealed record Package(IReadOnlyList<int> Options, IReadOnlyList<double> Utilities);
