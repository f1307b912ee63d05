using CsvHelper;
using MiniExcelLibs;

namespace Parley.Lists;

/// <summary>
/// Exports person lists as CSV (UTF-8, RFC 4180) or XLSX with the contract's columns followed by any
/// extra columns. Every value that a spreadsheet could run as a formula is written with a leading
/// apostrophe (OWASP "CSV injection"); see <see cref="FormulaGuard"/>.
/// </summary>
public static class PersonListWriter
{
    /// <summary>The header an export has: the contract's 17 columns, then <paramref name="extraColumns"/>.</summary>
    public static IReadOnlyList<string> Header(IReadOnlyList<string>? extraColumns = null) =>
        [.. PersonColumns.Names, .. extraColumns ?? []];

    /// <summary>Writes a CSV export to <paramref name="destination"/>, which is left open.</summary>
    public static void WriteCsv(
        Stream destination, IEnumerable<PersonRecord> records, IReadOnlyList<string>? extraColumns = null, char delimiter = ',')
    {
        ArgumentNullException.ThrowIfNull(records);
        var header = Header(extraColumns);
        var options = new CsvWriterOptions { Separator = delimiter, Injection = CsvInjection.None };
        using var writer = CsvWriter.Create(destination, options, leaveOpen: true);
        writer.WriteRecord([.. header]);
        var row = new string[header.Count];
        foreach (var record in records)
        {
            Fill(row, record, extraColumns);
            writer.WriteRecord(row);
        }
    }

    /// <summary>Writes an XLSX export (one sheet, header row) to <paramref name="destination"/>, which is left open.</summary>
    public static void WriteXlsx(Stream destination, IEnumerable<PersonRecord> records, IReadOnlyList<string>? extraColumns = null)
    {
        ArgumentNullException.ThrowIfNull(records);
        var header = Header(extraColumns);
        var rows = records.Select(record =>
        {
            var row = new string[header.Count];
            Fill(row, record, extraColumns);
            var cells = new Dictionary<string, object?>(header.Count);
            for (var i = 0; i < header.Count; i++)
            {
                cells[header[i]] = row[i];
            }

            return cells;
        });
        MiniExcel.SaveAs(destination, rows, printHeader: true, sheetName: "persons", excelType: ExcelType.XLSX);
    }

    private static void Fill(string[] row, PersonRecord r, IReadOnlyList<string>? extraColumns)
    {
        string?[] values =
        [
            r.Id, r.FamilyName, r.GivenName, r.Patronymic, r.DateOfBirth.ToString(),
            r.Sex switch { Sex.Male => "M", Sex.Female => "F", _ => "" },
            r.Category.ToString().ToLowerInvariant(),
            r.ServiceNumber, r.Rank, r.Unit, r.PlaceOfBirth, r.Citizenship, r.DateOfCapture.ToString(),
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
}
