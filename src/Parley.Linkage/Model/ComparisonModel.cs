namespace Parley.Linkage.Model;

/// <summary>One comparison of the model (e.g. date of birth) and its agreement levels, strongest first.</summary>
public sealed record ComparisonModel(string Name, IReadOnlyList<ComparisonLevel> Levels);
