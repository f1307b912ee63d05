using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

public sealed partial class PersonalDataResponseTests
{
    private sealed record Seeds(Guid UaPerson, Guid RuPerson, Guid Case, Guid Batch);

    /// <summary>
    /// Bodies for the POST routes behind the personal-data policy. A route that changes a record gets a fresh one (with
    /// its own marker), so every route sees a record it may act on.
    /// </summary>
    private static readonly Dictionary<string, Func<PersonalDataResponseTests, Seeds, Task<Call>>> PersonalDataBodies = new()
    {
        ["POST /api/humanitarian/lists/preview"] = (t, _) => Task.FromResult(new Call("/api/humanitarian/lists/preview?party=UA&heldBy=RU", Csv(t.Marker(null)))),
        ["POST /api/humanitarian/lists"] = (t, _) => Task.FromResult(new Call("/api/humanitarian/lists?party=UA&heldBy=RU", Csv(t.Marker(null)))),
        ["POST /api/humanitarian/persons/{id}/correction"] = async (t, _) =>
            new($"/api/humanitarian/persons/{await t.PersonAsync("UA", "RU")}/correction", JsonContent.Create(new { version = 1, fields = new Dictionary<string, string> { ["rank"] = "sergeant" }, reason = "rank confirmed" })),
        ["POST /api/humanitarian/persons/{id}/erasure"] = async (t, _) =>
            new($"/api/humanitarian/persons/{await t.PersonAsync("UA", "RU")}/erasure", JsonContent.Create(new { version = 1, reason = "asked to be removed" })),
        ["POST /api/humanitarian/links/run"] = (_, _) => Task.FromResult(new Call("/api/humanitarian/links/run", JsonContent.Create(new { left = "UA", right = "RU" }))),
        ["POST /api/humanitarian/review/{id}"] = (_, _) => Task.FromResult(new Call($"/api/humanitarian/review/{Guid.NewGuid()}", JsonContent.Create(new { version = 1, samePerson = false }))),
        ["POST /api/humanitarian/links/{id}/revision"] = (_, _) => Task.FromResult(new Call($"/api/humanitarian/links/{Guid.NewGuid()}/revision", JsonContent.Create(new { version = 1, status = "Rejected", reason = "two different men" }))),
        ["POST /api/exchanges"] = (_, _) => Task.FromResult(new Call("/api/exchanges", JsonContent.Create(BatchBody()))),
        ["POST /api/exchanges/{id}/members"] = (_, s) => Task.FromResult(new Call($"/api/exchanges/{s.Batch}/members", JsonContent.Create(new { linkIds = Array.Empty<Guid>() }))),
        ["POST /api/exchanges/{id}/signatures"] = (_, s) => Task.FromResult(new Call($"/api/exchanges/{s.Batch}/signatures", Raw("not a note"))),
        ["POST /api/exchanges/{id}/confirmations"] = (_, s) => Task.FromResult(new Call($"/api/exchanges/{s.Batch}/confirmations", Raw("not a note"))),
        ["POST /api/children"] = (t, _) => Task.FromResult(new Call("/api/children", JsonContent.Create(ChildBody(t.Marker(null))))),
        ["POST /api/children/{id}/status"] = async (t, _) =>
            new($"/api/children/{await t.CaseAsync()}/status", JsonContent.Create(new { version = 1, status = "Identified" })),
        ["POST /api/children/{id}/correction"] = async (t, _) => new($"/api/children/{await t.CaseAsync()}/correction",
            JsonContent.Create(new { version = 1, familyName = "Corrected", givenName = "Sofia", dateOfBirth = "2014-06-02", reason = "birth certificate" })),
        ["POST /api/children/{id}/erasure"] = async (t, _) =>
            new($"/api/children/{await t.CaseAsync()}/erasure", JsonContent.Create(new { version = 1, reason = "family asked" })),
    };

    private async Task<Seeds> SeedAsync()
    {
        var uaPerson = await PersonAsync("UA", "RU");
        var ruPerson = await PersonAsync("RU", "UA");
        var @case = await CaseAsync();
        var host = await app.ClientAsync(TestRole.HumanitarianHost);
        var batch = await host.PostAsJsonAsync(new Uri("/api/exchanges", UriKind.Relative), BatchBody());
        return new(uaPerson, ruPerson, @case, (await batch.JsonAsync()).GetProperty("batchId").GetGuid());
    }

    /// <summary>A marker name, unique in the test run and of one length (no marker is a prefix of another).</summary>
    private string Marker(Guid? record)
    {
        var marker = "Zmarker" + Interlocked.Increment(ref _unique).ToString("D5", CultureInfo.InvariantCulture);
        _markers[marker] = record;
        return marker;
    }

    /// <summary>A fresh person listed by <paramref name="party"/>'s officer, whose family name is a marker.</summary>
    private async Task<Guid> PersonAsync(string party, string heldBy)
    {
        var client = await app.ClientAsync(party == "UA" ? TestRole.HumanitarianUa : TestRole.HumanitarianRu);
        var marker = Marker(null);
        var filed = await client.PostAsync(new Uri($"/api/humanitarian/lists?party={party}&heldBy={heldBy}", UriKind.Relative), Csv(marker));
        var listId = (await filed.JsonAsync()).GetProperty("listId").GetGuid();
        await using var scope = app.Services.CreateAsyncScope();
        var id = await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().RegistryPersons.Where(p => p.ListId == listId).Select(p => p.Id).SingleAsync();
        _markers[marker] = id;
        return id;
    }

    /// <summary>A fresh UA child's case whose family name is a marker.</summary>
    private async Task<Guid> CaseAsync()
    {
        var marker = Marker(null);
        var (id, _) = await (await app.ClientAsync(TestRole.HumanitarianUa)).CreateAsync("/api/children", ChildBody(marker));
        _markers[marker] = id;
        return id;
    }

    private static object ChildBody(string familyName) => new { party = "UA", familyName, givenName = "Sofia", dateOfBirth = "2014-05-02" };

    private static object BatchBody() => new
    {
        name = "Batch " + Interlocked.Increment(ref _unique).ToString(CultureInfo.InvariantCulture),
        firstParty = "UA",
        secondParty = "RU",
        terms = new[] { new { category = "military", firstCount = 1, secondCount = 1 } },
    };

    private static ByteArrayContent Csv(string familyName)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(
            $"id,family_name,given_name,patronymic,date_of_birth,sex,category\nP-{Guid.NewGuid():N},{familyName},Oleksandr,Ivanovych,1994-03-12,M,military\n"));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        return content;
    }

    private static ByteArrayContent Raw(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return content;
    }
}
