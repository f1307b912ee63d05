using System.Globalization;

namespace Parley.Linkage.Synthetic;

/// <summary>Writes person lists and truth files as the person-list contract describes (RFC 4180 quoting).</summary>
public static class PersonListWriter
{
    private static readonly string[] s_header = ["id", "family_name", "given_name", "patronymic", "date_of_birth", "sex", "category"];

    public static void Write(string path, IEnumerable<PersonRecord> records, PersonListFileFormat format)
    {
        using var stream = File.Create(path);
        Write(stream, records, format);
    }

    public static void Write(Stream stream, IEnumerable<PersonRecord> records, PersonListFileFormat format)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(format);
        using var writer = new StreamWriter(stream, format.GetEncoding(), 1 << 16, leaveOpen: true);
        writer.NewLine = format.CrLf ? "\r\n" : "\n";
        WriteRow(writer, format.Delimiter, s_header);
        var fields = new string[s_header.Length];
        foreach (var r in records)
        {
            fields[0] = r.Id;
            fields[1] = r.FamilyName;
            fields[2] = r.GivenName;
            fields[3] = r.Patronymic ?? string.Empty;
            fields[4] = FormatDate(r.DateOfBirth, format.DottedDates);
            fields[5] = r.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => string.Empty };
            fields[6] = r.Category switch
            {
                PersonCategory.Military => "military",
                PersonCategory.Civilian => "civilian",
                PersonCategory.Child => "child",
                _ => string.Empty,
            };
            WriteRow(writer, format.Delimiter, fields);
        }
    }

    /// <summary>Writes the true pairs as a UTF-8 CSV with header <c>left_id,right_id</c>.</summary>
    public static void WriteTruth(string path, IEnumerable<(string LeftId, string RightId)> truth)
    {
        ArgumentNullException.ThrowIfNull(truth);
        using var writer = new StreamWriter(path, append: false, new System.Text.UTF8Encoding(false));
        writer.NewLine = "\n";
        writer.WriteLine("left_id,right_id");
        foreach (var (l, r) in truth)
        {
            WriteRow(writer, ',', [l, r]);
        }
    }

    private static string FormatDate(PartialDate date, bool dotted) =>
        dotted && date.Precision == DatePrecision.Day
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day:D2}.{date.Month:D2}.{date.Year:D4}")
            : date.ToString();

    private static void WriteRow(TextWriter writer, char delimiter, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(delimiter);
            }

            var f = fields[i];
            if (f.AsSpan().IndexOfAny(['"', delimiter, '\n', '\r']) >= 0)
            {
                writer.Write('"');
                writer.Write(f.Replace("\"", "\"\"", StringComparison.Ordinal));
                writer.Write('"');
            }
            else
            {
                writer.Write(f);
            }
        }

        writer.WriteLine();
    }
}
