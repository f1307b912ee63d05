namespace Parley.Lists;

internal sealed partial class RowValidator
{
    /// <summary>Length, control characters, decoding failures and formula-looking values.</summary>
    private void CheckText(long line, string header, string value, Column? column)
    {
        if (value.Length == 0)
        {
            return;
        }

        var singleLine = column is { } c && c <= Column.ServiceNumber;
        var limit = column is <= Column.Patronymic ? options.MaxNameLength : options.MaxFieldLength;
        if (value.Length > limit)
        {
            sink.Error(line, header, $"over-long field: {value.Length} characters, at most {limit} allowed");
            return;
        }

        foreach (var ch in value)
        {
            if (ch == '\uFFFD')
            {
                sink.Error(line, header, "bytes that are not valid in the file's encoding (the file mixes encodings?)");
                return;
            }

            if (ch is '\t' or '\r' or '\n')
            {
                if (singleLine)
                {
                    sink.Error(line, header, "a line break or tab inside a single-line field");
                    return;
                }

                continue;
            }

            if (ch < ' ' || ch is >= '\u007F' and <= '\u009F')
            {
                var what = ch == '\0' ? "an embedded NUL character" : $"a control character (U+{(int)ch:X4})";
                sink.Error(line, header, what);
                return;
            }
        }

        if (column is not (Column.DateOfBirth or Column.DateOfCapture or Column.Sex or Column.Category)
            && FormulaGuard.LooksLikeFormula(value))
        {
            sink.Warning(line, header, "looks like a spreadsheet formula; kept as text and neutralised on export");
        }
    }
}
