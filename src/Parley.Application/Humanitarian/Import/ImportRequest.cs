
namespace Parley.Application.Humanitarian.Import;

/// <summary>
/// A list to file: for <see cref="Party"/> (code or name), holding persons held by <see cref="HeldBy"/>
/// (default: the filing party, i.e. "persons we hold").
/// </summary>
public sealed record ImportRequest(string Party, string FileName, string? HeldBy = null);
