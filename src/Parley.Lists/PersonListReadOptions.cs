namespace Parley.Lists;

/// <summary>Limits and callbacks of a read.</summary>
public sealed record PersonListReadOptions
{
    /// <summary>The defaults.</summary>
    public static PersonListReadOptions Default { get; } = new();

    /// <summary>Issues kept in full; the rest are only counted, so a broken 1 GB file cannot exhaust memory.</summary>
    public int MaxIssues { get; init; } = 1000;

    /// <summary>The longest id, name or patronymic, in characters.</summary>
    public int MaxNameLength { get; init; } = 200;

    /// <summary>The longest value of any other column, in characters.</summary>
    public int MaxFieldLength { get; init; } = 4000;

    /// <summary>The longest CSV record in bytes; a longer one (say an unclosed quote) ends the read with an error.</summary>
    public int MaxRecordBytes { get; init; } = 1 << 20;

    /// <summary>
    /// The most data rows a list may have (Excel's own sheet limit, 1,048,576); the read stops with an error at
    /// the first row past it, so a file of millions of tiny rows costs no more than this many.
    /// </summary>
    public long MaxRows { get; init; } = 1_048_576;

    /// <summary>The most columns (header fields, or the highest column a workbook cell names).</summary>
    public int MaxColumns { get; init; } = 256;

    /// <summary>The longest XLSX cell or shared string, in characters (Excel's own cell limit, 32,767).</summary>
    public int MaxCellChars { get; init; } = 32_767;

    /// <summary>What all parts of an XLSX workbook may expand to together, as their ZIP entries declare.</summary>
    public long MaxUncompressedBytes { get; init; } = 512L << 20;

    /// <summary>
    /// The highest compression ratio of a workbook part larger than 1 MiB (Apache POI's zip-bomb rule: inflated at most
    /// 100 times its compressed size). Office's own files stay far below it.
    /// </summary>
    public int MaxCompressionRatio { get; init; } = 100;

    /// <summary>Told every few thousand rows and at the end.</summary>
    public IProgress<ListReadProgress>? Progress { get; init; }

    /// <summary>How many rows pass between progress reports.</summary>
    public int ProgressInterval { get; init; } = 4096;
}
