using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Humanitarian.Keys;
using Parley.Ledger.Notes;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>
/// Finding 1 of the security review: access to a party's persons by anyone outside that party rests on that party's
/// signed consent, never on an editable attribute such as a party's roles.
/// </summary>
public sealed class HostConsentTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static int _unique;

    /// <summary>
    /// The review's attack: a mediator edits Ukraine's roles (adding Mediator, or replacing Belligerent by Mediator or
    /// Host) through <c>PUT /api/parties/{id}</c>; Ukraine's officers must still see none of the persons Russia listed.
    /// </summary>
    [Theory]
    [InlineData("Belligerent, Mediator")]
    [InlineData("Mediator")]
    [InlineData("Mediator, Host")]
    public async Task PartyRoles_edited_by_a_mediator_give_a_partys_officers_nothing_of_the_other_party(string roles)
    {
        var marker = $"Маркерович{Interlocked.Increment(ref _unique)}";
        var ruPerson = await FileAsync(TestRole.HumanitarianRu, "RU", "UA", marker);
        await SetRolesAsync("UA", roles);
        try
        {
            var ua = await app.ClientAsync(TestRole.HumanitarianUa);
            foreach (var path in new[] { "/api/humanitarian/persons?listedBy=RU", "/api/humanitarian/persons", $"/api/humanitarian/persons?name={marker}", "/api/humanitarian/review", "/api/humanitarian/matched", "/api/children" })
            {
                var response = await ua.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                Assert.False(body.Contains(marker, StringComparison.Ordinal), $"GET {path} as UA's officer with UA's roles '{roles}' showed Russia's person: {body}");
            }
            Assert.Equal(HttpStatusCode.NotFound, (await ua.GetAsync(new Uri($"/api/humanitarian/persons/{ruPerson}", UriKind.Relative))).StatusCode);
            var run = await ua.PostAsJsonAsync(new Uri("/api/humanitarian/links/run", UriKind.Relative), new { left = "UA", right = "RU" });
            Assert.Equal(HttpStatusCode.Forbidden, run.StatusCode);
            // The host's staff, whom Russia designated, still sees the person: consent is what counts.
            var host = await app.ClientAsync(TestRole.HumanitarianHost);
            Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(new Uri($"/api/humanitarian/persons/{ruPerson}", UriKind.Relative))).StatusCode);
        }
        finally
        {
            await SetRolesAsync("UA", "Belligerent");
        }
    }

    [Fact]
    public async Task Designation_revoked_by_the_partys_key_closes_its_persons_to_the_host_and_is_logged_and_shown()
    {
        var marker = $"Згодович{Interlocked.Increment(ref _unique)}";
        var uaPerson = await FileAsync(TestRole.HumanitarianUa, "UA", "RU", marker);
        var host = await app.ClientAsync(TestRole.HumanitarianHost);
        var anonymous = await app.ClientAsync(TestRole.Anonymous);
        var admin = await app.ClientAsync(TestRole.Administrator);
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(new Uri($"/api/humanitarian/persons/{uaPerson}", UriKind.Relative))).StatusCode);

        var designation = (await anonymous.GetJsonAsync("/api/designations")).EnumerateArray()
            .Single(d => d.GetProperty("party").GetString() == "UA" && d.GetProperty("host").GetString() == "staff" && d.GetProperty("revokedAtUtc").ValueKind == JsonValueKind.Null);
        var id = designation.GetProperty("id").GetGuid();
        var revocationText = await (await anonymous.GetAsync(new Uri($"/api/designations/{id}/revocation.txt", UriKind.Relative))).Content.ReadAsStringAsync();

        // Signed by Russia's key, the revocation speaks for nobody: Ukraine's consent is Ukraine's to withdraw.
        Assert.Equal(HttpStatusCode.Forbidden, (await PostNoteAsync(admin, "/api/designations/revocations", Sign(revocationText, app.PartySigners["RU"]))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostNoteAsync(admin, "/api/designations/revocations", Sign(revocationText, app.PartySigners["UA"]))).StatusCode);
        try
        {
            Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(new Uri($"/api/humanitarian/persons/{uaPerson}", UriKind.Relative))).StatusCode);
            var listed = await (await host.GetAsync(new Uri("/api/humanitarian/persons?listedBy=UA", UriKind.Relative))).Content.ReadAsStringAsync();
            Assert.DoesNotContain(marker, listed, StringComparison.Ordinal);
            // Replaying the old designation does not reopen access.
            var replay = await PostNoteAsync(admin, "/api/designations", designation.GetProperty("note").GetString()!);
            Assert.Equal(HttpStatusCode.Conflict, replay.StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await host.GetAsync(new Uri($"/api/humanitarian/persons/{uaPerson}", UriKind.Relative))).StatusCode);

            // Both changes are public log entries carrying the party's signed note, and the Record page shows them.
            var kinds = await LogKindsAsync();
            Assert.Contains("host-designation.grant", kinds);
            Assert.Contains("host-designation.revoke", kinds);
            var page = await (await anonymous.GetAsync(new Uri("/record", UriKind.Relative))).Content.ReadAsStringAsync();
            Assert.Contains("id=\"designations\"", page, StringComparison.Ordinal);
            Assert.Contains("class=\"revoked\"", page, StringComparison.Ordinal);
        }
        finally
        {
            // A new statement (new id) designates again.
            await using var scope = app.Services.CreateAsyncScope();
            await Parley.Tests.Shared.HostConsent.SignAsync(scope.ServiceProvider.GetRequiredService<HostDesignations>(), app.PartySigners["UA"], "UA", "staff");
        }
        Assert.Equal(HttpStatusCode.OK, (await host.GetAsync(new Uri($"/api/humanitarian/persons/{uaPerson}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Designation_of_a_belligerent_or_signed_by_another_partys_key_or_for_another_log_is_refused()
    {
        var admin = await app.ClientAsync(TestRole.Administrator);
        var anonymous = await app.ClientAsync(TestRole.Anonymous);
        var before = (await anonymous.GetJsonAsync("/api/designations")).GetArrayLength();

        var statement = await anonymous.GetAsync(new Uri("/api/designations/statement?party=UA&host=RU", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, statement.StatusCode);
        var problem = System.Text.Json.JsonDocument.Parse(await statement.Content.ReadAsStringAsync()).RootElement;
        Assert.Contains("belligerent", Assert.Single(problem.GetProperty("errors").GetProperty("host").EnumerateArray()).GetString(), StringComparison.Ordinal);
        var origin = SignedStatement.Parse(await anonymous.GetStringAsync(new Uri("/api/designations/statement?party=UA&host=US", UriKind.Relative)))["log"]!;

        var belligerent = HostStatements.Designation(origin, "UA", "RU", Guid.NewGuid()).Sign(app.PartySigners["UA"]).ToString();
        var byOtherParty = HostStatements.Designation(origin, "UA", "US", Guid.NewGuid()).Sign(app.PartySigners["RU"]).ToString();
        var otherLog = HostStatements.Designation("elsewhere.example/log", "UA", "US", Guid.NewGuid()).Sign(app.PartySigners["UA"]).ToString();
        var wrongKind = new SignedStatement("document", [new("name", "x")]).Sign(app.PartySigners["UA"]).ToString();
        Assert.Equal(HttpStatusCode.BadRequest, (await PostNoteAsync(admin, "/api/designations", belligerent)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostNoteAsync(admin, "/api/designations", byOtherParty)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostNoteAsync(admin, "/api/designations", otherLog)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostNoteAsync(admin, "/api/designations", wrongKind)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PostNoteAsync(await app.ClientAsync(TestRole.Mediator), "/api/designations",
            HostStatements.Designation(origin, "UA", "US", Guid.NewGuid()).Sign(app.PartySigners["UA"]).ToString())).StatusCode);
        Assert.Equal(before, (await anonymous.GetJsonAsync("/api/designations")).GetArrayLength());
    }

    private static string Sign(string statementText, NoteSigner signer) => SignedStatement.Parse(statementText).Sign(signer).ToString();

    private static async Task<HttpResponseMessage> PostNoteAsync(HttpClient client, string path, string note)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(note));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    /// <summary>Files a one-person list for <paramref name="party"/> whose family name is <paramref name="marker"/>; returns the person's id.</summary>
    private async Task<Guid> FileAsync(TestRole officer, string party, string heldBy, string marker)
    {
        var client = await app.ClientAsync(officer);
        var csv = $"id,family_name,given_name,patronymic,date_of_birth,sex,category\nC-{marker},{marker},Петро,Іванович,1990-01-02,M,military\n";
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(csv));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("text/csv");
        var filed = await client.PostAsync(new Uri($"/api/humanitarian/lists?party={party}&heldBy={heldBy}&fileName={marker}.csv", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Created, filed.StatusCode);
        var persons = await client.GetJsonAsync($"/api/humanitarian/persons?listedBy={party}&name={marker}");
        return persons.EnumerateArray().Single().GetProperty("id").GetGuid();
    }

    private async Task SetRolesAsync(string code, string roles)
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var party = (await mediator.GetJsonAsync("/api/parties")).EnumerateArray().Single(p => p.GetProperty("code").GetString() == code);
        var body = JsonNode.Parse(party.GetRawText())!.AsObject();
        body["roles"] = roles;
        var response = await mediator.PutAsJsonAsync(new Uri($"/api/parties/{party.GetProperty("id").GetGuid()}", UriKind.Relative), body);
        Assert.True(response.IsSuccessStatusCode, $"PUT party {code} roles '{roles}': {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
    }

    private async Task<List<string>> LogKindsAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        var reader = scope.ServiceProvider.GetRequiredService<Parley.Application.Log.LogReader>();
        await using var log = await reader.OpenAsync();
        var size = await log.Store.GetSizeAsync();
        var entries = await log.Store.ReadEntriesAsync(0, (int)size);
        return [.. entries.Select(e => Parley.Ledger.Entries.LogEntry.Parse(e.Data).Kind)];
    }
}
