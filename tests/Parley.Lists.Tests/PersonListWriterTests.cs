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
}
