using MiniExcelLibs;
using Parley.Tests.Shared;

namespace Parley.Lists.Tests;

public sealed class XlsxReadingTests
{
    [Fact]
    public void Read_xlsxWithTypedCellsAndBadRows_convertsAndReportsByRow()
    {
        var rows = new List<Dictionary<string, object?>>
        {
            Row(101, "Petrenko", "Ivan", new DateTime(1990, 5, 17), "M", "military"),
            Row(102, "Koval", "", "1985", "F", "civilian"),
            Row(103, "Bondar", "Maria", "2012-13", "F", "child"),
        };
        using var stream = new MemoryStream();
        MiniExcel.SaveAs(stream, rows, excelType: ExcelType.XLSX);
        stream.Position = 0;

        var result = PersonList.Read(stream);

        Assert.Equal(ListFileKind.Xlsx, result.Format!.Kind);
        var ivan = Assert.Single(result.Records);
        Assert.Equal(("101", new PartialDate(1990, 5, 17), 2L), (ivan.Id, ivan.DateOfBirth, ivan.Line));
        PersonListReaderTests.AssertIssue(result, 3, "given_name", "empty required name");
        PersonListReaderTests.AssertIssue(result, 4, "date_of_birth", "bad date");
    }

    [Fact]
    public void Read_truncatedXlsx_isAClearErrorAtEveryCut()
    {
        var rows = Enumerable.Range(1, 200).Select(i => Row(i, "Petrenko", "Ivan", "1990", "M", "military")).ToList();
        using var full = new MemoryStream();
        MiniExcel.SaveAs(full, rows, excelType: ExcelType.XLSX);
        var bytes = full.ToArray();

        foreach (var cut in new[] { 4, 30, 100, bytes.Length / 3, bytes.Length / 2, bytes.Length - 30, bytes.Length - 1 })
        {
            var result = Lists.ReadBytes(bytes[..cut]);

            Assert.False(result.IsValid, $"cut at {cut}");
            Assert.Contains("workbook", result.Errors.First().Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Read_xlsxFormulaCell_isAnErrorWhateverItsCachedValue()
    {
        var bytes = FormulaWorkbook.Build(
            [
                ["id", "family_name", "given_name", "patronymic", "date_of_birth", "sex", "category", "notes"],
                ["1", "Petrenko", "Ivan", "", "1990", "M", "military", "+380 44 123 45 67"],
                ["2", "Koval", "Olena", "", "1985", "F", "civilian", "ok"],
                ["3", "Bondar", "Maria", "", "2012", "F", "child", ""],
            ],
            new Dictionary<(int, int), string> { [(3, 2)] = "CONCAT(\"Ko\",\"val\")", [(4, 8)] = "HYPERLINK(\"http://x\")" });

        foreach (var result in new[] { Lists.ReadBytes(bytes), Lists.ReadForwardOnly(bytes) })
        {
            Assert.Equal(ListFileKind.Xlsx, result.Format!.Kind);
            Assert.Equal(
                [(3L, "family_name", FormulaGuard.FormulaCellReason), (4L, "notes", FormulaGuard.FormulaCellReason)],
                result.Errors.Select(e => (e.Line, e.Column, e.Reason)));
            Assert.Equal("1", Assert.Single(result.Records).Id);
            Assert.Contains(result.Issues, i => i is { Severity: IssueSeverity.Warning, Line: 2, Column: "notes" });
        }
    }

    [Fact]
    public void Read_xlsxFormulaOnAnotherSheet_isNotTheListsConcern()
    {
        var bytes = FormulaWorkbook.Build(
            [["id", "family_name", "given_name", "patronymic", "date_of_birth", "sex", "category"], ["1", "Petrenko", "Ivan", "", "1990", "M", "military"]],
            new Dictionary<(int, int), string>(),
            otherSheetFormula: "1+2");

        var result = Lists.ReadBytes(bytes);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal("Petrenko", Assert.Single(result.Records).FamilyName);
    }

    private static Dictionary<string, object?> Row(int id, string family, string given, object dob, string sex, string category) => new()
    {
        ["id"] = id, ["family_name"] = family, ["given_name"] = given, ["patronymic"] = null,
        ["date_of_birth"] = dob, ["sex"] = sex, ["category"] = category,
    };
}
