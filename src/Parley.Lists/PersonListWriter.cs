using System.Globalization;
using CsvHelper;
using MiniExcelLibs;

namespace Parley.Lists;

/// <summary>
/// Exports person lists as CSV (UTF-8, RFC 4180) or XLSX with the contract's columns followed by any
/// extra columns. Every value that a spreadsheet could run as a formula is written with a leading
/// apostrophe (OWASP "CSV injection"); see <see cref="FormulaGuard"/>. The one writer of person lists: exports,
/// the synthetic generator's files and test fixtures all go through it (issue 13).
/// </summary>
public static class PersonListWriter
{
    // id, family_name, given_name, patronymic, date_of_birth, sex, category: the contract's required columns, first in PersonColumns.
    private const int RequiredColumns = 7;

    /// <summary>The header an export has: the contract's 17 columns, then <paramref name="extraColumns"/>.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string>? extraColumns = null) =>
        [.. PersonColumns.Names, .. extraColumns ?? []];

    /// <summary>Writes a CSV export (UTF-8, CRLF, ISO dates) to <paramref name="destination"/>, which is left open.</summary>
    public static void WriteCsv(
        Stream destination, IEnumerable<PersonRecord> records, IReadOnlyList<string>? extraColumns = null, char delimiter = ',') =>
        WriteCsv(destination, records, PersonListFileFormat.Export with { Delimiter = delimiter }, extraColumns);

    /// <summary>Writes a person-list file in <paramref name="format"/> to <paramref name="path"/>.</summary>
    public static void Write(string path, IEnumerable<PersonRecord> records, PersonListFileFormat format)
    {
        using var stream = File.Create(path);
        WriteCsv(stream, records, format);
    }

    /// <summary>Writes a CSV in <paramref name="format"/> to <paramref name="destination"/>, which is left open.</summary>
    public static void WriteCsv(
        Stream destination, IEnumerable<PersonRecord> records, PersonListFileFormat format, IReadOnlyList<string>? extraColumns = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(format);
        var header = format.RequiredColumnsOnly ? [.. PersonColumns.Names.Take(RequiredColumns)] : Header(extraColumns);
        var options = new CsvWriterOptions
        {
            Separator = format.Delimiter,
            Injection = CsvInjection.None,
            NewLine = format.CrLf ? "\r\n" : "\n",
            WriteByteOrderMark = format.Bom && !format.Windows1251,
        };
        using var text = format.Windows1251 ? new StreamWriter(destination, format.GetEncoding(), 1 << 16, leaveOpen: true) : null;
        using (var writer = text is null ? CsvWriter.Create(destination, options, leaveOpen: true) : CsvWriter.Create(text, options, leaveOpen: true))
        {
            writer.WriteRecord([.. header]);
            var full = new string[Header(extraColumns).Count];
            var row = new string[header.Count];
            foreach (var record in records)
            {
                Fill(full, record, extraColumns, format.DottedDates);
                Array.Copy(full, row, row.Length);
                writer.WriteRecord(row);
            }
        }

        text?.Flush();
    }

    /// <summary>Writes an XLSX export (one sheet, header row) to <paramref name="destination"/>, which is left open.</summary>
    public static void WriteXlsx(Stream destination, IEnumerable<PersonRecord> records, IReadOnlyList<string>? extraColumns = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var header = Header(extraColumns);
        var rows = records.Select(record =>
        {
            var row = new string[header.Count];
            Fill(row, record, extraColumns, dotted: false);
            var cells = new Dictionary<string, object?>(header.Count);
            for (var i = 0; i < header.Count; i++)
            {
                cells[header[i]] = row[i];
            }

            return cells;
        });
        MiniExcel.SaveAs(destination, rows, printHeader: true, sheetName: "persons", excelType: ExcelType.XLSX);
    }

    private static void Fill(string[] row, PersonRecord r, IReadOnlyList<string>? extraColumns, bool dotted)
    {
        string?[] values =
        [
            r.Id, r.FamilyName, r.GivenName, r.Patronymic, Date(r.DateOfBirth, dotted),
            r.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => "" },
            r.Category.ToString().ToLowerInvariant(),
            r.ServiceNumber, r.Rank, r.Unit, r.PlaceOfBirth, r.Citizenship, Date(r.DateOfCapture, dotted),
            r.PlaceOfCapture, r.PlaceOfDetention, r.Health, r.Notes,
        ];
        for (var i = 0; i < values.Length; i++)
        {
            row[i] = FormulaGuard.Neutralise(values[i] ?? "");
        }

        for (var i = 0; i < (extraColumns?.Count ?? 0); i++)
        {
            row[values.Length + i] = FormulaGuard.Neutralise(r.Extra.GetValueOrDefault(extraColumns![i]) ?? "");
        }
    }

    private static string Date(PartialDate date, bool dotted) =>
        dotted && date.Precision == DatePrecision.Day
            ? string.Create(CultureInfo.InvariantCulture, $"{date.Day:D2}.{date.Month:D2}.{date.Year:D4}")
            : date.ToString();
}
