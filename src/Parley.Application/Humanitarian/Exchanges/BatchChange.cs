namespace Parley.Application.Humanitarian.Exchanges;

/// <summary>A batch changed: what was done, and which batch.</summary>
public sealed record BatchChange(string Message, Guid BatchId);
