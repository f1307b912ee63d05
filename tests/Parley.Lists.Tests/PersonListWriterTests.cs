using System.Text;

namespace Parley.Lists.Tests;

public sealed class PersonListWriterTests
{
    private static readonly PersonRecord[] People =
    [
        new()
        {
            Id = "UA-1", FamilyName = "Шевченко", GivenName = "Олександр", Patronymic = "Іванович",
            DateOfBirth = new PartialDate(1990, 5, 17), Sex = Sex.Male, Category = PersonCategory.Military,
            Rank = "сержант", Notes = "line one\nline two, \"quoted\"", Extra = new Dictionary<string, string> { ["blood_type"] = "A+" },
        },
        new()
        {
            Id = "UA-2", FamilyName = "=cmd|' /C calc'!A0", GivenName = "@SUM(A1)", Patronymic = "-",
            DateOfBirth = new PartialDate(1985, 3, 0), Sex = Sex.Female, Category = PersonCategory.Civilian,
            Health = "+380 phone",
        },
    ];

    [Fact]
    public void WriteCsv_thenRead_roundTripsAndNeutralisesFormulas()
    {
        using var stream = new MemoryStream();
        PersonListWriter.WriteCsv(stream, People, ["blood_type"]);
        var text = Encoding.UTF8.GetString(stream.ToArray());

        Assert.StartsWith("id,family_name,given_name,patronymic,date_of_birth,sex,category,service_number", text, StringComparison.Ordinal);
        Assert.Contains(",'=cmd|' /C calc'!A0,'@SUM(A1),-,1985-03,F,civilian,", text, StringComparison.Ordinal);
        Assert.Contains(",'+380 phone,", text, StringComparison.Ordinal);

        stream.Position = 0;
        var back = PersonList.Read(stream);
        Assert.True(back.IsValid, string.Join("; ", back.Issues));
        Assert.Equal(People[0] with { Line = 2, Extra = back.Records[0].Extra }, back.Records[0]);
        Assert.Equal("A+", back.Records[0].Extra["blood_type"]);
        Assert.Equal("'=cmd|' /C calc'!A0", back.Records[1].FamilyName);
        Assert.DoesNotContain(back.Issues, i => i.Severity == IssueSeverity.Warning);
    }

    [Fact]
    public void WriteXlsx_thenRead_roundTripsAndNeutralisesFormulas()
    {
        using var stream = new MemoryStream();
        PersonListWriter.WriteXlsx(stream, People, ["blood_type"]);

        stream.Position = 0;
        var back = PersonList.Read(stream);

        Assert.True(back.IsValid, string.Join("; ", back.Issues));
        Assert.Equal(ListFileKind.Xlsx, back.Format!.Kind);
        Assert.Equal(2, back.Records.Count);
        Assert.Equal(People[0] with { Line = 2, Extra = back.Records[0].Extra }, back.Records[0]);
        Assert.Equal("'@SUM(A1)", back.Records[1].GivenName);
        Assert.Equal(new PartialDate(1985, 3, 0), back.Records[1].DateOfBirth);
        Assert.Equal(["blood_type"], back.Format.ExtraColumns);
    }

    private static readonly PersonRecord[] Generated =
    [
        new("1", "Шевченко", "Тарас", "Григорович", PartialDate.Create(1814, 3, 9), Sex.Male, PersonCategory.Civilian),
        new("2", "O\"Brien; Jr", "Іванна", null, PartialDate.FromYear(1990), Sex.Female, PersonCategory.Military),
    ];

    [Fact]
    public void WriteCsv_windows1251Semicolon_encodesCyrillicQuotesAndDotsDates()
    {
        using var stream = new MemoryStream();
        PersonListWriter.WriteCsv(stream, Generated, PersonListFileFormat.Windows);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(1251).GetString(stream.ToArray());
        Assert.StartsWith("id;family_name;given_name;patronymic;date_of_birth;sex;category\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\n1;Шевченко;Тарас;Григорович;09.03.1814;M;civilian\r\n", text, StringComparison.Ordinal);
        Assert.Contains("\r\n2;\"O\"\"Brien; Jr\";Іванна;;1990;F;military\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(stream.ToArray(), b => b == 0xD0);

        stream.Position = 0;
        var back = PersonList.Read(stream);
        Assert.True(back.IsValid, string.Join("; ", back.Issues));
        Assert.Equal(Generated[0] with { Line = 2 }, back.Records[0]);
    }

    [Fact]
    public void WriteCsv_defaultFormat_isUtf8CommaLfIsoRequiredColumns()
    {
        using var stream = new MemoryStream();
        PersonListWriter.WriteCsv(stream, Generated, PersonListFileFormat.Default);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("\n1,Шевченко,Тарас,Григорович,1814-03-09,M,civilian\n", text, StringComparison.Ordinal);
        Assert.Contains("\n2,\"O\"\"Brien; Jr\",Іванна,,1990,F,military\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", text, StringComparison.Ordinal);
    }
}
