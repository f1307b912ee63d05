namespace Parley.Domain.Talks;

/// <summary>A condition a party sets before a meeting, e.g. "substantial progress toward an agreement".</summary>
public sealed record Precondition(string Party, string Text);
