using System.IO.Compression;
using System.Security;
using System.Text;

namespace Parley.Tests.Shared;

/// <summary>
/// An XLSX workbook written by hand (the parts ECMA-376 requires), because MiniExcel writes no formulas: rows of
/// inline strings, and formula cells (<c>&lt;f&gt;</c>) that carry an innocent cached value, as a spreadsheet saves
/// them. Linked into each test project that needs it.
/// </summary>
internal static class FormulaWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    /// <summary>
    /// <paramref name="rows"/> hold each cell's value (row 1 is the header); <paramref name="formulas"/> maps a cell
    /// (1-based row, 1-based column) to the formula it holds. With <paramref name="otherSheetFormula"/> the workbook
    /// has a second sheet, after the first, whose cell B2 holds that formula.
    /// </summary>
    public static byte[] Build(IReadOnlyList<string[]> rows, IReadOnlyDictionary<(int Row, int Column), string> formulas, string? otherSheetFormula = null)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            var sheets = otherSheetFormula is null ? 1 : 2;
            Write(zip, "[Content_Types].xml",
                "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                + string.Concat(Enumerable.Range(1, sheets).Select(i => $"<Override PartName=\"/xl/worksheets/sheet{i}.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"))
                + "</Types>");
            Write(zip, "_rels/.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + $"<Relationship Id=\"rId1\" Type=\"{Relationships}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            Write(zip, "xl/workbook.xml",
                $"<workbook xmlns=\"{Main}\" xmlns:r=\"{Relationships}\"><sheets>"
                + string.Concat(Enumerable.Range(1, sheets).Select(i => $"<sheet name=\"Sheet{i}\" sheetId=\"{i}\" r:id=\"rId{i}\"/>"))
                + "</sheets></workbook>");
            Write(zip, "xl/_rels/workbook.xml.rels",
                "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                + string.Concat(Enumerable.Range(1, sheets).Select(i => $"<Relationship Id=\"rId{i}\" Type=\"{Relationships}/worksheet\" Target=\"worksheets/sheet{i}.xml\"/>"))
                + "</Relationships>");
            Write(zip, "xl/worksheets/sheet1.xml", Sheet(rows, formulas));
            if (otherSheetFormula is not null)
            {
                Write(zip, "xl/worksheets/sheet2.xml", Sheet(rows, new Dictionary<(int, int), string> { [(2, 2)] = otherSheetFormula }));
            }
        }

        return output.ToArray();
    }

    private static string Sheet(IReadOnlyList<string[]> rows, IReadOnlyDictionary<(int Row, int Column), string> formulas)
    {
        var xml = new StringBuilder($"<worksheet xmlns=\"{Main}\"><dimension ref=\"A1:{Letter(rows.Max(r => r.Length))}{rows.Count}\"/><sheetData>");
        for (var r = 0; r < rows.Count; r++)
        {
            xml.Append(System.Globalization.CultureInfo.InvariantCulture, $"<row r=\"{r + 1}\">");
            for (var c = 0; c < rows[r].Length; c++)
            {
                var place = $"{Letter(c + 1)}{r + 1}";
                var value = SecurityElement.Escape(rows[r][c]);
                xml.Append(formulas.TryGetValue((r + 1, c + 1), out var formula)
                    ? $"<c r=\"{place}\" t=\"str\"><f>{SecurityElement.Escape(formula)}</f><v>{value}</v></c>"
                    : $"<c r=\"{place}\" t=\"inlineStr\"><is><t>{value}</t></is></c>");
            }

            xml.Append("</row>");
        }

        return xml.Append("</sheetData></worksheet>").ToString();
    }

    private static string Letter(int column) => column <= 26 ? ((char)('A' + column - 1)).ToString() : Letter((column - 1) / 26) + (char)('A' + ((column - 1) % 26));

    private static void Write(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + text);
    }
}
