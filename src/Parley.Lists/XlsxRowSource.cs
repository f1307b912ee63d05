using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;

namespace Parley.Lists;

/// <summary>Rows of the first sheet of an XLSX workbook, streamed by MiniExcel.</summary>
internal sealed class XlsxRowSource(Stream workbook, IssueSink sink) : IRowSource
{
    // MiniExcel's shared-string disk cache halves read speed; the strings of a list fit in memory.
    private static readonly OpenXmlConfiguration Configuration = new() { EnableSharedStringCache = false };

    private readonly List<int> _formulaFields = [];
    private IEnumerator<IDictionary<string, object?>>? _rows;
    private HashSet<(long Row, int Column)> _formulaCells = [];
    private string[] _keys = [];
    private long _line;

    public long BytesRead => workbook.CanSeek ? workbook.Position : 0;

    public IReadOnlyList<int> FormulaFields => _formulaFields;

    /// <summary>The first non-empty row as the header; null when the workbook cannot be read (reported).</summary>
    public string?[]? ReadHeader(out long line)
    {
        line = 0;
        try
        {
            _formulaCells = XlsxFormulaCells.Find(workbook);
            _rows = MiniExcel.Query(workbook, useHeaderRow: false, excelType: ExcelType.XLSX, configuration: Configuration)
                .Cast<IDictionary<string, object?>>()
                .GetEnumerator();
            while (_rows.MoveNext())
            {
                _line++;
                var row = _rows.Current;
                if (row.Values.All(IsBlank))
                {
                    continue;
                }

                var last = row.Where(p => !IsBlank(p.Value)).Select(p => ColumnNumber(p.Key)).Max();
                _keys = [.. row.Keys.Where(k => ColumnNumber(k) <= last).OrderBy(ColumnNumber)];
                line = _line;
                return [.. _keys.Select(k => Text(row.TryGetValue(k, out var v) ? v : null))];
            }

            sink.Error(0, null, "the workbook's first sheet is empty");
            return null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            sink.Error(0, null, $"not a readable XLSX workbook ({e.GetType().Name}: {e.Message})");
            return null;
        }
    }

    public bool Next(List<string?> fields, out long line)
    {
        fields.Clear();
        _formulaFields.Clear();
        line = 0;
        try
        {
            while (_rows!.MoveNext())
            {
                _line++;
                var row = _rows.Current;
                if (row.Values.All(IsBlank))
                {
                    continue;
                }

                line = _line;
                foreach (var key in _keys)
                {
                    NoteFormula(fields.Count, key);
                    fields.Add(Text(row.TryGetValue(key, out var v) ? v : null));
                }

                foreach (var (key, value) in row)
                {
                    if (!IsBlank(value) && ColumnNumber(key) > _keys.Length)
                    {
                        NoteFormula(fields.Count, key);
                        fields.Add(Text(value));
                    }
                }

                return true;
            }

            return false;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            sink.Error(_line + 1, null, $"the workbook cannot be read past this row ({e.GetType().Name}: {e.Message})");
            return false;
        }
    }

    public void Dispose()
    {
        _rows?.Dispose();
        workbook.Dispose();
    }

    private void NoteFormula(int field, string key)
    {
        if (_formulaCells.Count > 0 && _formulaCells.Contains((_line, ColumnNumber(key))))
        {
            _formulaFields.Add(field);
        }
    }

    private static bool IsBlank(object? value) => value is null || (value is string s && s.Length == 0);

    /// <summary>A cell as the text a CSV export would have: whole numbers without a decimal point, dates as ISO dates.</summary>
    private static string? Text(object? value) => value switch
    {
        null => null,
        string s => s,
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>A column letter (A, B, …, AA) as its 1-based number.</summary>
    private static int ColumnNumber(string key)
    {
        var n = 0;
        foreach (var c in key)
        {
            if (c is >= 'A' and <= 'Z')
            {
                n = (n * 26) + (c - 'A' + 1);
            }
        }

        return n;
    }
}
