using System.Text;
using Parley.Linkage.Synthetic;

namespace Parley.Linkage.Tests.Synthetic;

public sealed class PersonListWriterTests
{
    private static readonly PersonRecord[] s_records =
    [
        new("1", "Шевченко", "Тарас", "Григорович", PartialDate.Create(1814, 3, 9), Sex.Male, PersonCategory.Civilian),
        new("2", "O\"Brien; Jr", "Іванна", null, PartialDate.FromYear(1990), Sex.Female, PersonCategory.Military),
    ];

    [Fact]
    public void Write_windows1251Semicolon_encodesCyrillicAndQuotes()
    {
        using var stream = new MemoryStream();
        PersonListWriter.Write(stream, s_records, PersonListFileFormat.Windows);
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var text = Encoding.GetEncoding(1251).GetString(stream.ToArray());
        Assert.StartsWith("id;family_name;given_name;patronymic;date_of_birth;sex;category\r\n", text, StringComparison.Ordinal);
        Assert.Contains("1;Шевченко;Тарас;Григорович;09.03.1814;M;civilian\r\n", text, StringComparison.Ordinal);
        Assert.Contains("2;\"O\"\"Brien; Jr\";Іванна;;1990;F;military\r\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(stream.ToArray(), b => b == 0xD0);
    }

    [Fact]
    public void Write_defaultFormat_isUtf8CommaIso()
    {
        using var stream = new MemoryStream();
        PersonListWriter.Write(stream, s_records, PersonListFileFormat.Default);
        var text = Encoding.UTF8.GetString(stream.ToArray());
        Assert.Contains("1,Шевченко,Тарас,Григорович,1814-03-09,M,civilian\n", text, StringComparison.Ordinal);
        Assert.Contains("2,\"O\"\"Brien; Jr\",Іванна,,1990,F,military\n", text, StringComparison.Ordinal);
    }
}
