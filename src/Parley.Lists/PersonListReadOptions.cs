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

    /// <summary>Told every few thousand rows and at the end.</summary>
    public IProgress<ListReadProgress>? Progress { get; init; }

    /// <summary>How many rows pass between progress reports.</summary>
    public int ProgressInterval { get; init; } = 4096;
}
