using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Every endpoint that shows personal data leaves one audit row per record shown, naming the reader.</summary>
public sealed class PersonalDataReadTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static int _unique;

    public static TheoryData<TestRole, string> Reads() => new()
    {
        { TestRole.HumanitarianUa, "/api/humanitarian/persons" },
        { TestRole.HumanitarianHost, "/api/humanitarian/persons" },
        { TestRole.HumanitarianUa, "/api/humanitarian/persons/{person}" },
        { TestRole.HumanitarianHost, "/api/humanitarian/persons/{person}" },
        { TestRole.HumanitarianUa, "/api/children" },
        { TestRole.HumanitarianHost, "/api/children" },
    };

    [Theory]
    [MemberData(nameof(Reads))]
    public async Task PersonalData_read_writes_an_audit_row_per_record_shown(TestRole role, string path)
    {
        var person = await FileUaPersonAsync();
        await (await app.ClientAsync(TestRole.HumanitarianUa)).CreateAsync("/api/children", new { party = "UA", familyName = "Мельник", givenName = "Софія" });
        var reader = ParleyApp.Email(role);
        var before = await ReadsByAsync(reader);

        var response = await (await app.ClientAsync(role)).GetAsync(new Uri(path.Replace("{person}", person.ToString(), StringComparison.Ordinal), UriKind.Relative));
        var shown = await response.JsonAsync();
        var records = shown.ValueKind == System.Text.Json.JsonValueKind.Array ? shown.GetArrayLength() : 1;

        var added = (await ReadsByAsync(reader)).Skip(before.Count).ToList();
        Assert.True(records > 0, $"{path} showed nothing");
        Assert.Equal(records, added.Count);
        Assert.All(added, r => Assert.Equal((role == TestRole.HumanitarianHost ? null : "UA", "humanitarian"), (r.Party, r.Role)));
        if (path.Contains("{person}", StringComparison.Ordinal))
        {
            Assert.Equal(person, Assert.Single(added).RecordId);
        }

        var csv = await (await app.ClientAsync(TestRole.Administrator)).GetStringAsync(new Uri("/api/audit/personal-data?format=csv", UriKind.Relative));
        Assert.All(added, r => Assert.Contains($"{r.Id},", csv, StringComparison.Ordinal));
    }

    private async Task<Guid> FileUaPersonAsync()
    {
        var client = await app.ClientAsync(TestRole.HumanitarianUa);
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(
            $"id,family_name,given_name,patronymic,date_of_birth,sex,category\nA-{Interlocked.Increment(ref _unique)}-{Guid.NewGuid():N},Шевченко,Олександр,Іванович,1994-03-12,M,military\n"));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var filed = await (await client.PostAsync(new Uri("/api/humanitarian/lists?party=UA&heldBy=RU", UriKind.Relative), content)).JsonAsync();
        var listId = filed.GetProperty("listId").GetGuid();
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().RegistryPersons.Where(p => p.ListId == listId).Select(p => p.Id).SingleAsync();
    }

    private async Task<List<Data.Humanitarian.PersonalDataRead>> ReadsByAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().PersonalDataReads.AsNoTracking()
            .Where(r => r.UserName == email).OrderBy(r => r.Id).ToListAsync();
    }
}
