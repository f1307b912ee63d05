using System.Text;

namespace Parley.Lists.Tests;

public sealed class PersonListReaderTests
{
    [Fact]
    public void Read_commaSeparatedUtf8_readsEveryField()
    {
        var result = Lists.ReadText(Lists.Csv(
            "UA-1,Шевченко,Олександр,Іванович,1990-05-17,M,military",
            "UA-2,Kovalenko,Olena,,1985-03,F,civilian",
            "UA-3,Бондар,Марія,,2012,,child"));

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(3, result.Records.Count);
        var first = result.Records[0];
        Assert.Equal(("UA-1", "Шевченко", "Олександр", "Іванович"), (first.Id, first.FamilyName, first.GivenName, first.Patronymic));
        Assert.Equal(new PartialDate(1990, 5, 17), first.DateOfBirth);
        Assert.Equal((Sex.Male, PersonCategory.Military, 2L), (first.Sex, first.Category, first.Line));
        Assert.Equal(DatePrecision.Month, result.Records[1].DateOfBirth.Precision);
        Assert.Equal(DatePrecision.Year, result.Records[2].DateOfBirth.Precision);
        Assert.Equal(Sex.Unknown, result.Records[2].Sex);
        Assert.Equal(PersonCategory.Child, result.Records[2].Category);
        Assert.Equal((ListFileKind.Csv, "utf-8", (char?)','), (result.Format!.Kind, result.Format.Encoding, result.Format.Delimiter));
    }

    [Fact]
    public void Read_semicolonsCrlfBomAndQuotes_readsQuotedFieldsWhole()
    {
        var text = "\uFEFFID;Given_Name;FAMILY_NAME;patronymic;date_of_birth;sex;category;notes\r\n"
            + "7;\"Анна; Марія\";\"O'Neil \"\"Jr\"\"\";;01.02.1970;F;civilian;\"line one\r\nline two\"\r\n"
            + "8;Іван;Петренко;;;M;military;\r\n";
        var result = Lists.ReadText(text);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(';', result.Format!.Delimiter);
        var anna = result.Records[0];
        Assert.Equal("Анна; Марія", anna.GivenName);
        Assert.Equal("O'Neil \"Jr\"", anna.FamilyName);
        Assert.Equal(new PartialDate(1970, 2, 1), anna.DateOfBirth);
        Assert.Equal("line one\r\nline two", anna.Notes);
        Assert.Equal(4L, result.Records[1].Line);
    }

    [Fact]
    public void Read_windows1251_detectsAndDecodes()
    {
        var text = Lists.Csv("1,Шевченко,Олександр,Іванович,1990,M,military", "2,Ковальчук,Ольга,,,F,civilian");
        var result = Lists.ReadText(text, InputSniffer.Cp1251);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal("windows-1251", result.Format!.Encoding);
        Assert.Equal("Шевченко", result.Records[0].FamilyName);
        Assert.Equal("Ольга", result.Records[1].GivenName);
    }

    [Fact]
    public void Read_windows1251PastTheSniffedHead_detectsFromTheWholeFile()
    {
        var rows = Enumerable.Range(1, 3000).Select(i => $"{i},Smith,John,,1980,M,military").ToList();
        rows.Add("9999,Шевченко,Олександр,,1990,M,military");
        var bytes = InputSniffer.Cp1251.GetBytes(Lists.Csv([.. rows]));

        var result = Lists.ReadBytes(bytes);

        Assert.True(bytes.Length > InputSniffer.HeadSize);
        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal("Шевченко", result.Records[^1].FamilyName);
    }

    [Fact]
    public void Read_forwardOnlyStream_readsLikeASeekableOne()
    {
        var bytes = Encoding.UTF8.GetBytes(Lists.Csv([.. Enumerable.Range(1, 5000).Select(i => $"{i},Шевченко,Олександр,,1990,M,military")]));

        var result = Lists.ReadForwardOnly(bytes);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal(5000, result.Records.Count);
        Assert.Equal("5000", result.Records[^1].Id);
    }

    [Fact]
    public void Read_optionalAndUnknownColumns_keepsThemAll()
    {
        var text = "id,family_name,given_name,patronymic,date_of_birth,sex,category,rank,unit,date_of_capture,health,Blood_Type,empty_extra\n"
            + "1,Petrenko,Ivan,,1990,M,military,sergeant,36th brigade,2022-04,wounded,A+,\n";
        var result = Lists.ReadText(text);

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        var r = result.Records[0];
        Assert.Equal(("sergeant", "36th brigade", "wounded"), (r.Rank, r.Unit, r.Health));
        Assert.Equal(new PartialDate(2022, 4, 0), r.DateOfCapture);
        Assert.Null(r.ServiceNumber);
        Assert.Equal("A+", r.Extra["blood_type"]);
        Assert.False(r.Extra.ContainsKey("empty_extra"));
        Assert.Equal(["Blood_Type", "empty_extra"], result.Format!.ExtraColumns);
    }

    [Fact]
    public void Read_badRows_reportsEachWithLineColumnAndReason()
    {
        var result = Lists.ReadText(Lists.Csv(
            "1,Petrenko,Ivan,,1990-02-30,M,military",
            "1,Petrenko,Ivan,,1990,X,military",
            "3,,Ivan,,1990,M,soldier",
            "4,Petrenko,Iv\0an,,17/05/1990,M,military",
            "5,Petrenko,Ivan,,1990,M",
            $"6,{new string('a', 201)},Ivan,,,M,child"));

        Assert.False(result.IsValid);
        Assert.Empty(result.Records);
        AssertIssue(result, 2, "date_of_birth", "bad date");
        AssertIssue(result, 3, "id", "duplicate id (first used on line 2)");
        AssertIssue(result, 3, "sex", "bad sex");
        AssertIssue(result, 4, "family_name", "empty required name");
        AssertIssue(result, 4, "category", "bad category");
        AssertIssue(result, 5, "given_name", "NUL");
        AssertIssue(result, 5, "date_of_birth", "bad date");
        AssertIssue(result, 6, null, "the row has 6 fields; the header has 7");
        AssertIssue(result, 7, "family_name", "over-long field");
        Assert.Equal(9, result.ErrorCount);
    }

    [Fact]
    public void Read_missingAndRepeatedColumns_reportsTheHeader()
    {
        var result = Lists.ReadText("id,family_name,given_name,sex,sex,category\n1,A,B,M,M,child\n");

        Assert.False(result.IsValid);
        Assert.Empty(result.Records);
        AssertIssue(result, 1, "patronymic", "missing required column");
        AssertIssue(result, 1, "date_of_birth", "missing required column");
        AssertIssue(result, 1, "sex", "more than once");
    }

    [Theory]
    [InlineData("\"=HYPERLINK(\"\"http://x\"\")\"", "family_name")]
    [InlineData("@SUM(A1)", "family_name")]
    [InlineData("\"+cmd|' /C calc'!A0\"", "family_name")]
    [InlineData("-SUM(A1)", "family_name")]
    public void Read_formulaCell_isAnErrorNamingLineAndColumn(string cell, string column)
    {
        var result = Lists.ReadText(Lists.Csv("1,Petrenko,Ivan,,1990,M,military", $"2,{cell},Ivan,-,1990,M,military"));

        Assert.False(result.IsValid);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3L, column, FormulaGuard.FormulaReason), (error.Line, error.Column, error.Reason));
    }

    [Fact]
    public void Read_formulaInAParsedColumn_isOneErrorNotTwo()
    {
        var result = Lists.ReadText(Lists.Csv("=1,Petrenko,Ivan,,=TODAY(),@M,=A1"));

        Assert.Equal(
            [("id", FormulaGuard.FormulaReason), ("date_of_birth", FormulaGuard.FormulaReason), ("sex", FormulaGuard.FormulaReason), ("category", FormulaGuard.FormulaReason)],
            result.Errors.Select(e => (e.Column, e.Reason)));
    }

    [Fact]
    public void Read_phoneNumberAndNegativeValue_keepTheRowAndWarn()
    {
        var result = Lists.ReadText(Lists.Header + ",notes,balance\n1,Petrenko,Ivan,-,1990,M,military,+380 44 123 45 67,-5\n");

        Assert.True(result.IsValid, string.Join("; ", result.Issues));
        Assert.Equal("+380 44 123 45 67", result.Records[0].Notes);
        Assert.Equal("-5", result.Records[0].Extra["balance"]);
        Assert.Equal([("notes", 2L), ("balance", 2L)], result.Issues.Select(i => (i.Column, i.Line)));
        Assert.All(result.Issues, i => Assert.Equal(IssueSeverity.Warning, i.Severity));
    }

    [Theory]
    [InlineData("", "the file is empty")]
    [InlineData("\uFEFF\r\n  \n", "the file is empty")]
    [InlineData(Lists.Header + "\n", "header row but no data rows")]
    [InlineData(Lists.Header, "header row but no data rows")]
    public void Read_emptyOrHeaderOnly_isAClearError(string text, string reason)
    {
        var result = Lists.ReadText(text);

        Assert.False(result.IsValid);
        Assert.Contains(reason, Assert.Single(result.Issues).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_unclosedQuote_reportsMalformedQuoting()
    {
        var result = Lists.ReadText(Lists.Csv("1,Petrenko,Ivan,,1990,M,military", "2,\"Petrenko,Ivan,,1990,M,military"));

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, i => i.Line == 3);
    }

    [Fact]
    public void Read_progress_isReportedWhileStreaming()
    {
        var reports = new List<ListReadProgress>();
        var options = new PersonListReadOptions { Progress = new SyncProgress(reports.Add), ProgressInterval = 100 };
        var bytes = Encoding.UTF8.GetBytes(Lists.Csv([.. Enumerable.Range(1, 1000).Select(i => $"{i},A,B,,,,child")]));

        using var reader = PersonListReader.Open(new MemoryStream(bytes), options);
        var count = reader.ReadRecords().Count();

        Assert.Equal(1000, count);
        Assert.Equal(11, reports.Count);
        Assert.Equal(bytes.Length, reports[^1].BytesRead);
        Assert.Equal(bytes.Length, reports[^1].TotalBytes);
        Assert.True(reports[0].BytesRead < reports[^1].BytesRead || reports[0].Rows < reports[^1].Rows);
    }

    internal static void AssertIssue(PersonListResult result, long line, string? column, string reason) =>
        Assert.True(
            result.Issues.Any(i => i.Line == line && i.Column == column && i.Reason.Contains(reason, StringComparison.Ordinal)),
            $"expected line {line} {column}: {reason}; got: {string.Join(" | ", result.Issues)}");

    private sealed class SyncProgress(Action<ListReadProgress> report) : IProgress<ListReadProgress>
    {
        public void Report(ListReadProgress value) => report(value);
    }
}
