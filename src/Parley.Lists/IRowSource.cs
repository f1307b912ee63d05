namespace Parley.Lists;

/// <summary>The data rows of a CSV or XLSX file as text fields, after the header.</summary>
internal interface IRowSource : IDisposable
{
    /// <summary>Bytes of input consumed so far, for progress.</summary>
    long BytesRead { get; }

    /// <summary>Indexes of the last row's fields that hold a spreadsheet formula rather than a value.</summary>
    IReadOnlyList<int> FormulaFields { get; }

    /// <summary>
    /// Fills <paramref name="fields"/> with the next row's values. Returns false at the end, or after a
    /// problem that makes the rest of the file unreadable (reported to the sink).
    /// </summary>
    bool Next(List<string?> fields, out long line);
}
