using System.Net;
using System.Net.Http.Json;
using Parley.Ledger.Notes;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features.Texts;

/// <summary>Whole-text initialling: each party's key signs the version hash; never while a bracket is open.</summary>
public sealed class InitialsTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private const string Draft = "# Memorandum\n\n## Article 1. Ceasefire\nThe Parties shall observe a [UA: full | RU: limited] ceasefire.\n\n## Article 2. Prisoners\nAll for all.\n";

    private async Task<NoteSigner> KeyAsync(string party)
    {
        var signer = NoteSigner.Generate($"{party.ToLowerInvariant()}-officer-{Guid.NewGuid():N}");
        var registered = await (await app.ClientAsync(TestRole.Administrator)).PostAsJsonAsync(new Uri("/api/keys", UriKind.Relative), new { party, verifierKey = signer.Verifier.ToString() });
        Assert.Equal(HttpStatusCode.Created, registered.StatusCode);
        return signer;
    }

    private async Task<string> SignAsync(NoteSigner signer, Guid text)
    {
        var statement = await (await app.ClientAsync(TestRole.Mediator)).GetStringAsync(new Uri($"/api/texts/{text}/initials.txt", UriKind.Relative));
        return SignedStatement.Parse(statement).Sign(signer).ToString();
    }

    private static async Task<HttpResponseMessage> InitialAsync(HttpClient client, Guid text, string note)
    {
        using var content = new StringContent(note);
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/octet-stream");
        return await client.PostAsync(new Uri($"/api/texts/{text}/initials", UriKind.Relative), content);
    }

    [Fact]
    public async Task Initial_refused_while_bracketed_then_both_parties_initial_and_the_text_is_initialled()
    {
        using var ua = await KeyAsync("UA");
        using var ru = await KeyAsync("RU");
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var created = await TextEndpointTests.PostAsync(mediator, "/api/texts?round=1", Draft);
        var text = (await created.JsonAsync()).GetProperty("id").GetGuid();
        var uaClient = await app.ClientAsync(TestRole.DelegationUa);
        var ruClient = await app.ClientAsync(TestRole.DelegationRu);

        var early = await InitialAsync(uaClient, text, await SignAsync(ua, text));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("nothing is agreed until everything is agreed", (await early.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var staleNote = await SignAsync(ua, text);

        Assert.Equal(HttpStatusCode.OK, (await mediator.PutAsJsonAsync(new Uri($"/api/texts/{text}/clauses/1.1", UriKind.Relative), new { wording = "The Parties shall observe a full ceasefire.", expectedVersion = 1, round = 3 })).StatusCode);
        var open = await mediator.GetJsonAsync($"/api/texts/{text}/agreement");
        Assert.Equal(("AgreedAdReferendum", 0), (open.GetProperty("status").GetString(), open.GetProperty("openBrackets").GetInt32()));

        Assert.Equal(HttpStatusCode.Conflict, (await InitialAsync(uaClient, text, staleNote)).StatusCode);
        var uaNote = await SignAsync(ua, text);
        Assert.Equal(HttpStatusCode.Forbidden, (await InitialAsync(ruClient, text, uaNote)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await InitialAsync(uaClient, text, uaNote)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await InitialAsync(uaClient, text, uaNote)).StatusCode);
        var half = await mediator.GetJsonAsync($"/api/texts/{text}");
        Assert.Equal(("AgreedAdReferendum", "agreed"), (half.GetProperty("agreement").GetString(), half.GetProperty("articles")[0].GetProperty("clauses")[0].GetProperty("status").GetString()));
        Assert.Equal(["RU"], half.GetProperty("awaitingInitials").EnumerateArray().Select(p => p.GetString()));

        Assert.Equal(HttpStatusCode.Created, (await InitialAsync(ruClient, text, await SignAsync(ru, text))).StatusCode);
        var done = await (await app.ClientAsync(TestRole.DelegationUa)).GetJsonAsync($"/api/texts/{text}");
        Assert.Equal(("Initialled", "initialled"), (done.GetProperty("agreement").GetString(), done.GetProperty("articles")[0].GetProperty("clauses")[0].GetProperty("status").GetString()));
        Assert.Equal(["RU", "UA"], done.GetProperty("initialledBy").EnumerateArray().Select(p => p.GetString()).Order());
    }

    [Fact]
    public async Task Initial_with_an_unregistered_key_or_another_kind_is_400()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var created = await TextEndpointTests.PostAsync(mediator, "/api/texts", "# Agreed\n\n## Article 1. Prisoners\nAll for all.\n");
        var text = (await created.JsonAsync()).GetProperty("id").GetGuid();
        using var stranger = NoteSigner.Generate("stranger");
        Assert.Equal(HttpStatusCode.BadRequest, (await InitialAsync(mediator, text, await SignAsync(stranger, text))).StatusCode);
        using var ua = await KeyAsync("UA");
        var manifest = new SignedStatement("exchange-manifest", [new("batch", text.ToString()), new("sha256", "00")]).Sign(ua).ToString();
        Assert.Equal(HttpStatusCode.BadRequest, (await InitialAsync(mediator, text, manifest)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await InitialAsync(mediator, text, "not a note")).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await InitialAsync(mediator, text, await SignAsync(ua, text))).StatusCode);
    }
}
