using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data;
using Parley.Server.Tests.Infrastructure;
using Parley.Tests.Shared;

namespace Parley.Server.Tests.Features;

/// <summary>
/// Hostile and broken files through the API: each is refused with an RFC 9457 problem saying where and why, and
/// nothing is stored (lists, persons, audit rows and log entries counted before and after).
/// </summary>
public sealed class ImportFuzzTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private const string Header = "id,family_name,given_name,patronymic,date_of_birth,sex,category";

    private static readonly string[] Endpoints = ["/api/humanitarian/lists/preview", "/api/humanitarian/lists"];

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    private static string Rows(int count) =>
        Header + "\n" + string.Join("\n", Enumerable.Range(1, count).Select(i => $"F-{i},Ковальчук,Іван,Петрович,1990-01-{1 + (i % 28):D2},M,military")) + "\n";

    /// <summary>Name → file bytes, and a fragment the problem must contain.</summary>
    public static TheoryData<string> Cases() => [.. Files().Keys];

    private static Dictionary<string, (byte[] Body, string Expect)> Files()
    {
        var random = new Random(7);
        var noise = new byte[64 * 1024];
        random.NextBytes(noise);
        var valid = Rows(50);
        var truncatedXlsx = Xlsx();
        return new(StringComparer.Ordinal)
        {
            ["empty"] = ([], "file"),
            ["random bytes"] = (noise, "file"),
            ["random bytes after a header"] = ([.. Utf8(Header + "\n"), .. noise[..4096]], "line"),
            ["UTF-16 without a byte-order mark"] = (Encoding.Unicode.GetBytes(valid), "file"),
            ["UTF-32 big-endian"] = ([0x00, 0x00, 0xFE, 0xFF, .. new UTF32Encoding(bigEndian: true, byteOrderMark: false).GetBytes(valid)], "file"),
            ["NUL bytes in a row"] = (Utf8(Header + "\nN-1,Ко\0вальчук,Іван,,1990,M,military\n"), "line 2"),
            ["truncated in a quoted field"] = (Utf8(valid[..valid.IndexOf("F-40", StringComparison.Ordinal)] + "F-40,\"Ковальчук,Іван"), "line"),
            ["truncated mid-row"] = (Utf8(valid[..(valid.IndexOf("F-41", StringComparison.Ordinal) + 9)]), "line 42"),
            ["truncated XLSX"] = (truncatedXlsx[..(truncatedXlsx.Length / 2)], "file"),
            ["huge field"] = (Utf8(Header + "\nH-1," + new string('Ж', 200_000) + ",Іван,,1990,M,military\n"), "line 2"),
            ["huge line count of bad rows"] = (Utf8(Header + "\n" + string.Join("\n", Enumerable.Range(1, 5000).Select(i => $"B-{i},X,Y,,not a date,M,military"))), "line"),
            ["header only"] = (Utf8(Header + "\n"), "no data rows"),
            ["missing required column"] = (Utf8("id,family_name,given_name\nM-1,Ковальчук,Іван\n"), "category"),
            ["duplicate ids"] = (Utf8(Header + "\nD-1,А,Б,,1990,M,military\nD-1,В,Г,,1991,M,military\n"), "line 3"),
            ["bad category and date"] = (Utf8(Header + "\nC-1,А,Б,,31.02.1990,M,military\nC-2,А,Б,,1990,M,general\n"), "line 3"),
            ["formula cell with a bad row"] = (Utf8(Header + "\nQ-1,=1+2,Іван,,1990,M,military\nQ-2,А,Б,,1990,X,military\n"), "line 3"),
            ["formula cell alone"] = (Utf8(Valid(Header + ",notes", "+380 44 123 45 67") + "Q-9,Ковальчук,Іван,,1990,M,military,=1+2\n"), "line 4, notes: looks like a spreadsheet formula"),
            ["DDE payload"] = (Utf8(Valid(Header, null) + "Q-9,\"+cmd|' /C calc'!A0\",Іван,,1990,M,military\n"), "line 4, family_name: looks like a spreadsheet formula"),
            ["at-sign function"] = (Utf8(Valid(Header, null) + "Q-9,Ковальчук,@SUM(A1),,1990,M,military\n"), "line 4, given_name: looks like a spreadsheet formula"),
            ["minus function"] = (Utf8(Valid(Header, null) + "Q-9,-SUM(A1),Іван,,1990,M,military\n"), "line 4, family_name: looks like a spreadsheet formula"),
            ["XLSX formula cell"] = (FormulaXlsx(), "line 3, family_name: is a spreadsheet formula cell"),
        };
    }

    /// <summary>Two valid rows (lines 2 and 3) that a formula row can follow; with a notes column when the header has one.</summary>
    private static readonly string[] ValidRows = ["Q-1,Бондар,Марія,,1990,F,civilian", "Q-2,Коваль,Олена,,1985,F,civilian"];

    private static string Valid(string header, string? notes) =>
        header + "\n" + string.Join("\n", ValidRows.Select(r => notes is null ? r : r + "," + notes)) + "\n";

    /// <summary>A workbook whose B3 holds a formula with an innocent cached value, and whose notes hold a phone number.</summary>
    private static byte[] FormulaXlsx() => FormulaWorkbook.Build(
        [
            [.. Header.Split(','), "notes"],
            ["X-1", "Бондар", "Марія", "", "1990", "F", "civilian", "+380 44 123 45 67"],
            ["X-2", "Коваль", "Олена", "", "1985", "F", "civilian", ""],
        ],
        new Dictionary<(int, int), string> { [(3, 2)] = "CONCAT(\"Ко\",\"валь\")" });

    private static byte[] Xlsx()
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var name in new[] { "[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml" })
            {
                using var writer = new StreamWriter(zip.CreateEntry(name).Open());
                writer.Write("<?xml version=\"1.0\"?><x>" + new string('a', 4000) + "</x>");
            }
        }
        return output.ToArray();
    }

    private async Task<(int Lists, int Persons, int Audit, long Log)> CountsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        await db.Database.OpenConnectionAsync();
        var size = await new Ledger.Storage.DbLogStore(db.Database.GetDbConnection()).GetSizeAsync();
        return (await db.PersonLists.CountAsync(), await db.RegistryPersons.CountAsync(), await db.Audit.CountAsync(), size);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Import_bad_file_is_refused_with_a_problem_and_stores_nothing(string name)
    {
        var (body, expect) = Files()[name];
        var client = await app.ClientAsync(TestRole.HumanitarianUa);
        var before = await CountsAsync();
        foreach (var endpoint in Endpoints)
        {
            using var content = new ByteArrayContent(body);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            var response = await client.PostAsync(new Uri($"{endpoint}?party=UA&heldBy=RU&fileName=fuzz.csv", UriKind.Relative), content);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{name} → {endpoint}: {(int)response.StatusCode} {text[..Math.Min(400, text.Length)]}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            var problem = JsonDocument.Parse(text).RootElement;
            Assert.Equal("The list was refused", problem.GetProperty("title").GetString());
            var errors = problem.GetProperty("errors").EnumerateObject().ToList();
            Assert.NotEmpty(errors);
            Assert.All(errors, e => Assert.All(e.Value.EnumerateArray(), reason => Assert.False(string.IsNullOrWhiteSpace(reason.GetString()))));
            var where = string.Join(" | ", errors.Select(e => e.Name + ": " + string.Join("; ", e.Value.EnumerateArray().Select(r => r.GetString()))));
            Assert.True(where.Contains(expect, StringComparison.OrdinalIgnoreCase), $"{name} → {endpoint}: expected '{expect}' in {where[..Math.Min(600, where.Length)]}");
        }
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task Import_phone_numbers_and_negative_values_are_kept_and_reported_in_the_preview()
    {
        var client = await app.ClientAsync(TestRole.HumanitarianUa);
        using var content = new ByteArrayContent(Utf8(Header + ",notes,balance\nW-1,Ковальчук,Іван,,1990,M,military,+380 44 123 45 67,-5\n"));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var preview = await (await client.PostAsync(new Uri("/api/humanitarian/lists/preview?party=UA&heldBy=RU&fileName=phone.csv", UriKind.Relative), content)).JsonAsync();
        var warnings = preview.GetProperty("issues").EnumerateArray().Where(i => i.GetProperty("severity").GetString() == "Warning").ToList();
        Assert.Contains(warnings, w => w.GetProperty("line").GetInt64() == 2 && w.GetProperty("column").GetString() == "notes");
        Assert.Contains(warnings, w => w.GetProperty("line").GetInt64() == 2 && w.GetProperty("column").GetString() == "balance");
        Assert.Equal(1, preview.GetProperty("rows").GetInt32());
    }
}
