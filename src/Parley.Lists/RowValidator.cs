namespace Parley.Lists;

/// <summary>Turns the fields of one data row into a <see cref="PersonRecord"/>, reporting every problem.</summary>
internal sealed partial class RowValidator(PersonColumns columns, PersonListReadOptions options, IssueSink sink)
{
    private readonly Dictionary<UInt128, long> _firstLineOfId = [];
    private readonly string?[] _values = new string?[PersonColumns.Names.Length];

    // A column whose text was refused is not parsed again, so one bad cell is one error.
    private readonly bool[] _refused = new bool[PersonColumns.Names.Length];

    /// <summary>
    /// Validates a row; returns null when it has errors (all of them reported). <paramref name="formulaFields"/>
    /// are the indexes of fields that hold a spreadsheet formula (XLSX), refused whatever their value.
    /// </summary>
    public PersonRecord? Validate(long line, IReadOnlyList<string?> fields, IReadOnlyList<int> formulaFields)
    {
        var errorsBefore = sink.ErrorCount;
        Array.Clear(_values);
        Array.Clear(_refused);
        Dictionary<string, string>? extra = null;
        for (var i = 0; i < fields.Count && i < columns.Header.Length; i++)
        {
            var value = fields[i]?.Trim() ?? "";
            var column = columns.ColumnAt[i];
            bool accepted;
            if (formulaFields.Count > 0 && formulaFields.Contains(i))
            {
                sink.Error(line, columns.Header[i], FormulaGuard.FormulaCellReason);
                accepted = false;
            }
            else
            {
                accepted = CheckText(line, columns.Header[i], value, column);
            }

            if (column is { } c)
            {
                if (columns.IndexOf[(int)c] == i)
                {
                    _values[(int)c] = value;
                    _refused[(int)c] = !accepted;
                }
            }
            else if (value.Length > 0)
            {
                extra ??= new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                extra[columns.Header[i]] = value;
            }
        }

        var id = Value(Column.Id);
        if (id.Length == 0)
        {
            sink.Error(line, "id", "empty id");
        }
        else if (!_refused[(int)Column.Id] && IdFingerprint.Of(id) is var key && !_firstLineOfId.TryAdd(key, line))
        {
            sink.Error(line, "id", $"duplicate id (first used on line {_firstLineOfId[key]})");
        }

        var family = Required(line, Column.FamilyName);
        var given = Required(line, Column.GivenName);
        var dob = Date(line, Column.DateOfBirth);
        var sex = ParseSex(line);
        var category = ParseCategory(line);
        var capture = Date(line, Column.DateOfCapture);
        if (sink.ErrorCount != errorsBefore)
        {
            return null;
        }

        return new PersonRecord
        {
            Line = line,
            Id = id,
            FamilyName = family,
            GivenName = given,
            Patronymic = Value(Column.Patronymic),
            DateOfBirth = dob,
            Sex = sex,
            Category = category,
            ServiceNumber = Optional(Column.ServiceNumber),
            Rank = Optional(Column.Rank),
            Unit = Optional(Column.Unit),
            PlaceOfBirth = Optional(Column.PlaceOfBirth),
            Citizenship = Optional(Column.Citizenship),
            DateOfCapture = capture,
            PlaceOfCapture = Optional(Column.PlaceOfCapture),
            PlaceOfDetention = Optional(Column.PlaceOfDetention),
            Health = Optional(Column.Health),
            Notes = Optional(Column.Notes),
            Extra = extra ?? PersonRecord.EmptyExtra,
        };
    }

    private string Value(Column c) => _values[(int)c] ?? "";

    private string? Optional(Column c) => _values[(int)c] is { Length: > 0 } v ? v : null;

    private string Required(long line, Column c)
    {
        var v = Value(c);
        if (v.Length == 0 && !_refused[(int)c])
        {
            sink.Error(line, PersonColumns.Names[(int)c], "empty required name");
        }

        return v;
    }

    private PartialDate Date(long line, Column c)
    {
        var v = Value(c);
        if (PartialDate.TryParse(v, out var date))
        {
            return date;
        }

        if (_refused[(int)c])
        {
            return default;
        }

        sink.Error(line, PersonColumns.Names[(int)c], $"bad date '{Shorten(v)}': expected YYYY-MM-DD, YYYY-MM, YYYY or DD.MM.YYYY");
        return default;
    }

    private Sex ParseSex(long line)
    {
        var v = Value(Column.Sex);
        switch (v)
        {
            case "":
            case var _ when _refused[(int)Column.Sex]:
                return Sex.Unknown;
            case "M" or "m" or "\u041C" or "\u043C":
                return Sex.Male;
            case "F" or "f" or "\u0416" or "\u0436":
                return Sex.Female;
            default:
                sink.Error(line, "sex", $"bad sex '{Shorten(v)}': expected M, F or empty");
                return Sex.Unknown;
        }
    }

    private PersonCategory ParseCategory(long line)
    {
        var v = Value(Column.Category);
        if (_refused[(int)Column.Category])
        {
            return default;
        }

        if (v.Equals("military", StringComparison.OrdinalIgnoreCase))
        {
            return PersonCategory.Military;
        }

        if (v.Equals("civilian", StringComparison.OrdinalIgnoreCase))
        {
            return PersonCategory.Civilian;
        }

        if (v.Equals("child", StringComparison.OrdinalIgnoreCase))
        {
            return PersonCategory.Child;
        }

        sink.Error(line, "category", $"bad category '{Shorten(v)}': expected military, civilian or child");
        return default;
    }

    internal static string Shorten(string v) => v.Length <= 40 ? v : string.Concat(v.AsSpan(0, 40), "…");
}
