using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features.Texts;

/// <summary>A delegation's alternative wording: private while a draft, tabled on submission, folded in by the chair with its proposer.</summary>
public sealed class ProposalTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private const string Draft = "# Memorandum\n\n## Article 1. Ceasefire\nThe Parties shall observe a [UA: full and unconditional | RU: limited] ceasefire.\n\n## Article 2. Prisoners\nAll for all.\n";

    private async Task<Guid> TextAsync()
    {
        var response = await TextEndpointTests.PostAsync(await app.ClientAsync(TestRole.Mediator), "/api/texts?round=1", Draft);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> DraftAsync(TestRole role, Guid text, string clause, int? bracket, string wording)
    {
        var response = await (await app.ClientAsync(role)).PostAsJsonAsync(new Uri($"/api/texts/{text}/proposals", UriKind.Relative), new { clause, bracket, wording });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return await response.JsonAsync();
    }

    private async Task<List<string>> WordingsSeenAsync(TestRole role, Guid text) =>
        [.. (await (await app.ClientAsync(role)).GetJsonAsync($"/api/texts/{text}/proposals")).EnumerateArray().Select(p => p.GetProperty("wording").GetString()!)];

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, string path, object body) => client.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);

    [Fact]
    public async Task Draft_is_seen_by_its_own_delegation_only_until_submitted()
    {
        var text = await TextAsync();
        var draft = await DraftAsync(TestRole.DelegationUa, text, "1.1", 1, "comprehensive, for at least 30 days,");
        Assert.Equal("Draft", draft.GetProperty("status").GetString());
        foreach (var other in new[] { TestRole.DelegationRu, TestRole.Mediator, TestRole.Administrator, TestRole.HumanitarianUa, TestRole.HumanitarianHost })
            Assert.DoesNotContain("comprehensive, for at least 30 days,", await WordingsSeenAsync(other, text));
        Assert.Contains("comprehensive, for at least 30 days,", await WordingsSeenAsync(TestRole.DelegationUa, text));
        var id = draft.GetProperty("id").GetGuid();
        // Neither the other party nor the chair can act on a draft they cannot see.
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(await app.ClientAsync(TestRole.DelegationRu), $"/api/texts/proposals/{id}/submit", new { expectedVersion = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(await app.ClientAsync(TestRole.Mediator), $"/api/texts/proposals/{id}/fold", new { expectedVersion = 1 })).StatusCode);

        var submitted = await PostAsync(await app.ClientAsync(TestRole.DelegationUa), $"/api/texts/proposals/{id}/submit", new { expectedVersion = 1 });
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        Assert.Contains("comprehensive, for at least 30 days,", await WordingsSeenAsync(TestRole.DelegationRu, text));
        Assert.Contains("comprehensive, for at least 30 days,", await WordingsSeenAsync(TestRole.Mediator, text));
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(await app.ClientAsync(TestRole.DelegationUa), $"/api/texts/proposals/{id}/submit", new { expectedVersion = 2 })).StatusCode);
    }

    [Fact]
    public async Task Fold_puts_the_wording_in_the_bracket_with_its_proposer_and_history_names_the_round()
    {
        var text = await TextAsync();
        var id = (await DraftAsync(TestRole.DelegationUa, text, "1.1", 1, "comprehensive")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(await app.ClientAsync(TestRole.DelegationUa), $"/api/texts/proposals/{id}/submit", new { expectedVersion = 1 })).StatusCode);
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var folded = await PostAsync(mediator, $"/api/texts/proposals/{id}/fold", new { expectedVersion = 1, round = 2 });
        Assert.Equal(HttpStatusCode.OK, folded.StatusCode);
        Assert.Equal(2, (await folded.JsonAsync()).GetProperty("version").GetInt32());

        var clause = (await mediator.GetJsonAsync($"/api/texts/{text}")).GetProperty("articles")[0].GetProperty("clauses")[0];
        Assert.Equal("The Parties shall observe a [UA: comprehensive | RU: limited] ceasefire.", clause.GetProperty("wording").GetString());
        var proposal = (await mediator.GetJsonAsync($"/api/texts/{text}/proposals"))[0];
        Assert.Equal(("FoldedIn", 2), (proposal.GetProperty("status").GetString(), proposal.GetProperty("foldedInVersion").GetInt32()));
        var wording = (await mediator.GetJsonAsync($"/api/texts/{text}/clauses/1.1/history")).GetProperty("wordings").EnumerateArray()
            .Single(w => w.GetProperty("text").GetString() == "comprehensive");
        Assert.Equal(("UA", 2), (wording.GetProperty("party").GetString(), wording.GetProperty("firstRound").GetInt32()));
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(mediator, $"/api/texts/proposals/{id}/fold", new { expectedVersion = 2 })).StatusCode);
    }

    [Fact]
    public async Task Fold_against_a_stale_version_is_409_and_an_agreed_clause_is_bracketed_again()
    {
        var text = await TextAsync();
        var id = (await DraftAsync(TestRole.DelegationRu, text, "2.1", null, "1,000 for 1,000")).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(await app.ClientAsync(TestRole.DelegationRu), $"/api/texts/proposals/{id}/submit", new { expectedVersion = 1 })).StatusCode);
        var mediator = await app.ClientAsync(TestRole.Mediator);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(mediator, $"/api/texts/proposals/{id}/fold", new { expectedVersion = 0 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(mediator, $"/api/texts/proposals/{id}/fold", new { expectedVersion = 1 })).StatusCode);
        var clause = (await mediator.GetJsonAsync($"/api/texts/{text}")).GetProperty("articles")[1].GetProperty("clauses")[0];
        Assert.Equal(("bracketed", "[All for all. | RU: 1,000 for 1,000]"), (clause.GetProperty("status").GetString(), clause.GetProperty("wording").GetString()));
    }

    [Theory]
    [InlineData("1.1", 2, "x", "bracket")]
    [InlineData("1.1", null, "x", "bracket")]
    [InlineData("7.1", 1, "x", "clause")]
    [InlineData("one", 1, "x", "clause")]
    [InlineData("1.1", 1, "two\nlines", "wording")]
    public async Task Draft_malformed_is_400_naming_the_field_and_stores_nothing(string clause, int? bracket, string wording, string field)
    {
        var text = await TextAsync();
        var ua = await app.ClientAsync(TestRole.DelegationUa);
        var response = await PostAsync(ua, $"/api/texts/{text}/proposals", new { clause, bracket, wording });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([field], (await response.JsonAsync()).GetProperty("errors").EnumerateObject().Select(e => e.Name));
        Assert.Empty(await WordingsSeenAsync(TestRole.DelegationUa, text));
    }
}
