namespace Parley.Lists;

/// <summary>How far a read has got.</summary>
/// <param name="Rows">Data rows read so far.</param>
/// <param name="Errors">Errors found so far.</param>
/// <param name="BytesRead">Bytes of input consumed, when known (CSV).</param>
/// <param name="TotalBytes">The input's length, when known.</param>
public sealed record ListReadProgress(long Rows, long Errors, long BytesRead, long? TotalBytes);
