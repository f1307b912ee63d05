using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Ledger.Notes;
using Parley.Ledger.Verification;
using Parley.Server.Tests.Infrastructure;
using Parley.Application.Log;

namespace Parley.Server.Tests.Features;

/// <summary>
/// One registry of parties' keys: a key registered under /api/keys (or its alias /log/cosigners) cosigns the log;
/// once revoked it is refused, listed as revoked, and cannot be registered again.
/// </summary>
public sealed class CosignerTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    [Fact]
    public async Task Cosigner_registered_in_party_keys_cosigns_until_revoked()
    {
        var admin = await app.ClientAsync(TestRole.Administrator);
        var anonymous = await app.ClientAsync(TestRole.Anonymous);
        using var party = NoteSigner.Generate("ukraine.mod");
        var logKey = app.Services.GetRequiredService<LedgerHost>().Key.Verifier;
        await WaitForCheckpointAsync(anonymous);

        Assert.Equal(HttpStatusCode.BadRequest, (await CosignAsync(anonymous, logKey, party)).Status);
        var created = await admin.PostAsJsonAsync("/api/keys", new { party = "UA", verifierKey = party.Verifier.ToString() });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await created.JsonAsync()).GetProperty("id").GetGuid();
        Assert.Contains(party.Verifier.ToString(), await anonymous.GetFromJsonAsync<string[]>("/log/cosigners") ?? []);

        var (status, message) = await CosignAsync(anonymous, logKey, party);
        Assert.True(status == HttpStatusCode.OK, message);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync($"/api/keys/{id}/revoke", new { })).StatusCode);
        Assert.DoesNotContain(party.Verifier.ToString(), await anonymous.GetFromJsonAsync<string[]>("/log/cosigners") ?? []);
        (status, message) = await CosignAsync(anonymous, logKey, party);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("unrevoked", message, StringComparison.Ordinal);
        var again = await admin.PostAsJsonAsync("/log/cosigners", new { party = "UA", verifierKey = party.Verifier.ToString() });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var keys = await anonymous.GetJsonAsync("/api/keys");
        Assert.Contains(keys.EnumerateArray(), k => k.GetProperty("verifierKey").GetString() == party.Verifier.ToString() && k.GetProperty("revokedAtUtc").ValueKind == System.Text.Json.JsonValueKind.String);
    }

    [Fact]
    public async Task Cosigner_alias_registers_and_revokes_in_the_same_registry()
    {
        var admin = await app.ClientAsync(TestRole.Administrator);
        var mediator = await app.ClientAsync(TestRole.Mediator);
        using var party = NoteSigner.Generate("russia.mod");
        var body = new { party = "RU", verifierKey = party.Verifier.ToString() };

        Assert.Equal(HttpStatusCode.Forbidden, (await mediator.PostAsJsonAsync("/log/cosigners", body)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsJsonAsync("/log/cosigners", new { verifierKey = party.Verifier.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/log/cosigners", body)).StatusCode);
        var keys = await admin.GetJsonAsync("/api/keys");
        Assert.Contains(keys.EnumerateArray(), k => k.GetProperty("verifierKey").GetString() == party.Verifier.ToString() && k.GetProperty("party").GetString() == "RU");

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsJsonAsync("/log/cosigners/revoke", new { verifierKey = party.Verifier.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostAsJsonAsync("/log/cosigners/revoke", new { verifierKey = party.Verifier.ToString() })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.PostAsJsonAsync("/log/cosigners/revoke", new { verifierKey = "nobody+00000000+AAAA" })).StatusCode);
    }

    private static async Task<(HttpStatusCode Status, string Message)> CosignAsync(HttpClient client, NoteVerifier logKey, NoteSigner party)
    {
        var fetcher = new HttpLogFetcher(client, client.BaseAddress!);
        var result = await new CosignClient(fetcher, logKey, party).CosignAsync(null, recompute: false, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        return (result.Ok ? HttpStatusCode.OK : HttpStatusCode.BadRequest, result.Message);
    }

    private static async Task WaitForCheckpointAsync(HttpClient client)
    {
        for (var i = 0; i < 60 && (await client.GetAsync("/log/checkpoint")).StatusCode != HttpStatusCode.OK; i++)
        {
            await Task.Delay(500);
        }
    }
}
