using System.Text;

namespace Parley.Lists.Tests;

/// <summary>Hostile and broken input: every case ends in a correct read or clear errors, never an exception.</summary>
public sealed class PersonListFuzzTests
{
    private static readonly string ValidCsv = Lists.Csv(
        "UA-1,Шевченко,Олександр,Іванович,1990-05-17,M,military",
        "UA-2,\"Koval, Jr\",Olena,,17.05.1985,F,civilian",
        "UA-3,Бондар,\"Марія\"\"\",,2012,,child",
        "UA-4,Петренко,Іван,,,M,military");

    [Fact]
    public void Read_randomBytes_reportsErrorsAndNeverThrows()
    {
        var random = new Random(7);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(1, i % 10 == 0 ? 200_000 : 2_000)];
            random.NextBytes(bytes);

            var result = Lists.ReadBytes(bytes);

            AssertClear(result, $"random #{i}");
            Assert.False(result.IsValid);
        }
    }

    [Fact]
    public void Read_mutatedCsv_isAClearErrorOrACorrectRead()
    {
        var random = new Random(11);
        var original = Encoding.UTF8.GetBytes(ValidCsv);
        byte[] inserts = [(byte)'"', (byte)',', (byte)';', (byte)'\n', (byte)'\r', 0, 0x1F, 0xD0, 0xFF, (byte)'='];
        for (var i = 0; i < 2000; i++)
        {
            var bytes = original.ToList();
            for (var k = random.Next(1, 4); k > 0; k--)
            {
                var at = random.Next(bytes.Count);
                switch (random.Next(3))
                {
                    case 0:
                        bytes[at] = inserts[random.Next(inserts.Length)];
                        break;
                    case 1:
                        bytes.Insert(at, inserts[random.Next(inserts.Length)]);
                        break;
                    default:
                        bytes.RemoveAt(at);
                        break;
                }
            }

            var result = Lists.ReadBytes([.. bytes]);

            AssertClear(result, $"mutation #{i}");
            if (result.IsValid)
            {
                Assert.All(result.Records, r => Assert.False(string.IsNullOrEmpty(r.FamilyName)));
                Assert.Equal(result.Records.Count, result.Records.Select(r => r.Id).Distinct().Count());
            }
        }
    }

    [Fact]
    public void Read_truncatedCsvAtEveryByte_isAClearErrorOrAPrefixOfTheRows()
    {
        var bytes = Encoding.UTF8.GetBytes(ValidCsv);
        var full = Lists.ReadBytes(bytes).Records;
        for (var cut = 0; cut < bytes.Length; cut++)
        {
            var result = Lists.ReadBytes(bytes[..cut]);

            AssertClear(result, $"cut {cut}");
            if (result.IsValid)
            {
                Assert.All(result.Records.Take(result.Records.Count - 1), (r, k) => Assert.Equal(full[k], r));
            }
        }
    }

    [Fact]
    public void Read_wrongEncodings_areDetectedOrClearlyRejected()
    {
        var utf16WithBom = Lists.ReadBytes([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ValidCsv)]);
        Assert.True(utf16WithBom.IsValid, string.Join("; ", utf16WithBom.Issues));
        Assert.Equal("Шевченко", utf16WithBom.Records[0].FamilyName);

        var utf16WithoutBom = Lists.ReadBytes(Encoding.Unicode.GetBytes(ValidCsv));
        Assert.False(utf16WithoutBom.IsValid);
        Assert.Contains("binary", utf16WithoutBom.Errors.Single().Reason, StringComparison.Ordinal);

        var cp1251 = Lists.ReadBytes(InputSniffer.Cp1251.GetBytes(ValidCsv));
        Assert.True(cp1251.IsValid);
        Assert.Equal("Марія\"", cp1251.Records[2].GivenName);
    }

    [Fact]
    public void Read_hugeFields_areReportedWithTheirLine()
    {
        var longName = Lists.ReadText(Lists.Csv($"1,{new string('x', 300_000)},Ivan,,,M,military", "2,Petrenko,Ivan,,,M,military"));
        PersonListReaderTests.AssertIssue(longName, 2, "family_name", "over-long field: 300000 characters");
        Assert.Single(longName.Records);

        var unclosed = Lists.ReadText(Lists.Csv("1,Petrenko,Ivan,,,M,military", "2,\"" + new string('y', 3_000_000)));
        Assert.False(unclosed.IsValid);
        Assert.Contains(unclosed.Errors, e => e.Line == 3);
    }

    [Fact]
    public void Read_controlCharactersAndLineBreaks_areRejectedWhereTheyDoNotBelong()
    {
        var result = Lists.ReadText("id,family_name,given_name,patronymic,date_of_birth,sex,category,notes\n"
            + "1,\"Petr\nenko\",Ivan,,,M,military,\"multi\nline ok\"\n"
            + "2,Petrenko,Iv\u0007an,,,M,military,\n"
            + "3,Petrenko,Ivan,,,M,military,be\u0085ll\n"
            + "4,Petrenko,Ivan,,,M,military,\"tab\tinside ok\"\n");

        PersonListReaderTests.AssertIssue(result, 2, "family_name", "line break or tab");
        PersonListReaderTests.AssertIssue(result, 5, "given_name", "control character (U+0007)");
        PersonListReaderTests.AssertIssue(result, 6, "notes", "control character (U+0085)");
        Assert.Equal(3, result.ErrorCount);
        Assert.Equal("4", Assert.Single(result.Records).Id);
    }

    [Fact]
    public void Read_manyBadRows_keepsTheFirstIssuesAndCountsAll()
    {
        var rows = Enumerable.Range(1, 5000).Select(i => $"{i},Petrenko,Ivan,,bad,M,military").ToArray();

        var result = Lists.ReadText(Lists.Csv(rows), options: new PersonListReadOptions { MaxIssues = 100 });

        Assert.Equal(100, result.Issues.Count);
        Assert.Equal(5000, result.ErrorCount);
    }

    private static void AssertClear(PersonListResult result, string what)
    {
        Assert.True(result.IsValid || result.Errors.Any(), what);
        Assert.All(result.Issues, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason), what));
        Assert.All(result.Issues, i => Assert.True(i.Line >= 0, what));
    }
}
