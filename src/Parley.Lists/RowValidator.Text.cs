namespace Parley.Lists;

internal sealed partial class RowValidator
{
    /// <summary>Length, control characters, decoding failures and formulas; false when an error was reported.</summary>
    private bool CheckText(long line, string header, string value, Column? column)
    {
        if (value.Length == 0)
        {
            return true;
        }

        var singleLine = column is { } c && c <= Column.ServiceNumber;
        var limit = column is <= Column.Patronymic ? options.MaxNameLength : options.MaxFieldLength;
        if (value.Length > limit)
        {
            sink.Error(line, header, $"over-long field: {value.Length} characters, at most {limit} allowed");
            return false;
        }

        foreach (var ch in value)
        {
            if (ch == '\uFFFD')
            {
                sink.Error(line, header, "bytes that are not valid in the file's encoding (the file mixes encodings?)");
                return false;
            }

            if (ch is '\t' or '\r' or '\n')
            {
                if (singleLine)
                {
                    sink.Error(line, header, "a line break or tab inside a single-line field");
                    return false;
                }

                continue;
            }

            if (ch < ' ' || ch is >= '\u007F' and <= '\u009F')
            {
                var what = ch == '\0' ? "an embedded NUL character" : $"a control character (U+{(int)ch:X4})";
                sink.Error(line, header, what);
                return false;
            }
        }

        if (FormulaGuard.IsFormula(value))
        {
            sink.Error(line, header, FormulaGuard.FormulaReason);
            return false;
        }

        if (column is not (Column.DateOfBirth or Column.DateOfCapture or Column.Sex or Column.Category)
            && FormulaGuard.LooksLikeFormula(value))
        {
            sink.Warning(line, header, "starts like a spreadsheet formula (+ or - and a digit or space); kept as text and neutralised on export");
        }

        return true;
    }
}
