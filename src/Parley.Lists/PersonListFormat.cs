namespace Parley.Lists;

/// <summary>What the reader found out about a file before reading its rows.</summary>
/// <param name="Kind">CSV or XLSX.</param>
/// <param name="Encoding">The text encoding's web name (<c>utf-8</c>, <c>windows-1251</c>), or <see langword="null"/> for XLSX.</param>
/// <param name="Delimiter">The CSV delimiter (<c>,</c> or <c>;</c>), or <see langword="null"/> for XLSX.</param>
/// <param name="Columns">The header names in file order, as written.</param>
/// <param name="ExtraColumns">The header names the contract does not name, kept in <see cref="PersonRecord.Extra"/>.</param>
public sealed record PersonListFormat(
    ListFileKind Kind,
    string? Encoding,
    char? Delimiter,
    IReadOnlyList<string> Columns,
    IReadOnlyList<string> ExtraColumns);
