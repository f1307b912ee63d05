namespace Parley.Server.Components.Shared;

/// <summary>One bar of a bar chart: a label under it, its value, and an optional longer title.</summary>
public sealed record ChartBar(string Label, int Value, string? Title = null);
