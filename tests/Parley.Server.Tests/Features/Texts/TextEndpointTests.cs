using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features.Texts;

/// <summary>The text endpoints end to end on the real server and SQLite file: import, read, edit, compare, export.</summary>
public sealed class TextEndpointTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private const string Draft = """
        # Memorandum on a ceasefire

        ## Article 1. Ceasefire
        The Parties shall observe a [UA: full and unconditional | RU: limited] ceasefire.

        The ceasefire shall be monitored by [the Parties jointly | UA: an international mission].

        ## Article 2. Prisoners
        The Parties shall exchange all prisoners of war on the principle of "all for all".
        """;

    internal static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, string body, string type = "text/markdown")
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(type);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private async Task<Guid> CreateAsync(string body = Draft, string query = "?round=1")
    {
        var response = await PostAsync(await app.ClientAsync(TestRole.Mediator), "/api/texts" + query, body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.JsonAsync()).GetProperty("id").GetGuid();
    }

    private static Task<HttpResponseMessage> EditAsync(HttpClient client, Guid id, string clause, string wording, int expected) =>
        client.PutAsJsonAsync(new Uri($"/api/texts/{id}/clauses/{clause}", UriKind.Relative), new { wording, expectedVersion = expected });

    [Fact]
    public async Task Create_then_get_shows_clauses_brackets_proposers_and_progress()
    {
        var id = await CreateAsync();
        var text = await (await app.ClientAsync(TestRole.DelegationRu)).GetJsonAsync($"/api/texts/{id}");
        Assert.Equal("Memorandum on a ceasefire", text.GetProperty("title").GetString());
        Assert.Equal(1, text.GetProperty("version").GetInt32());
        Assert.False(text.GetProperty("agreed").GetBoolean());
        var clause = text.GetProperty("articles")[0].GetProperty("clauses")[0];
        Assert.Equal(("1.1", "bracketed"), (clause.GetProperty("number").GetString(), clause.GetProperty("status").GetString()));
        var alternatives = clause.GetProperty("segments")[1].GetProperty("alternatives");
        Assert.Equal(("UA", "limited"), (alternatives[0].GetProperty("party").GetString(), alternatives[1].GetProperty("text").GetString()));
        var progress = text.GetProperty("progress");
        Assert.Equal((3, 1, 2), (progress.GetProperty("clauses").GetInt32(), progress.GetProperty("agreed").GetInt32(), progress.GetProperty("brackets").GetInt32()));
        var listed = (await (await app.ClientAsync(TestRole.Observer)).GetJsonAsync("/api/texts")).EnumerateArray().Select(t => t.GetProperty("id").GetGuid());
        Assert.DoesNotContain(id, listed);
        Assert.Contains(id, (await (await app.ClientAsync(TestRole.DelegationUa)).GetJsonAsync("/api/texts")).EnumerateArray().Select(t => t.GetProperty("id").GetGuid()));
    }

    [Theory]
    [InlineData("# T\n\n## A\nThe Parties [UA: full ceasefire.\n", 4, 13, "not closed")]
    [InlineData("# T\n\n## A\nok\n\nThe [UA: a [RU: b] c] end.\n", 6, 12, "do not nest")]
    [InlineData("# T\n\n## A\nThe [XX: words] end.\n", 4, 6, "not a known party")]
    [InlineData("## A\nno title\n", 1, 1, "title")]
    [InlineData("PK\u0003\u0004 not really a zip", 1, 1, "DOCX")]
    public async Task Create_malformed_is_400_with_line_column_reason_and_stores_nothing(string body, int line, int column, string reason)
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var before = (await mediator.GetJsonAsync("/api/texts")).GetArrayLength();
        var response = await PostAsync(mediator, "/api/texts", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var error = (await response.JsonAsync()).GetProperty("errors").EnumerateObject().First();
        Assert.Equal($"line {line}, column {column}", error.Name);
        Assert.Contains(reason, error.Value[0].GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, (await mediator.GetJsonAsync("/api/texts")).GetArrayLength());
    }

    [Fact]
    public async Task Edit_two_editors_of_one_clause_second_gets_409_and_first_stands()
    {
        var id = await CreateAsync();
        var first = await EditAsync(await app.ClientAsync(TestRole.Mediator), id, "1.1", "The Parties shall observe a full ceasefire.", 1);
        var second = await EditAsync(await app.ClientAsync(TestRole.Administrator), id, "1.1", "The Parties shall observe a [RU: limited] ceasefire.", 1);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        Assert.Contains("version 2", (await second.JsonAsync()).GetProperty("detail").GetString(), StringComparison.Ordinal);
        var text = await (await app.ClientAsync(TestRole.Mediator)).GetJsonAsync($"/api/texts/{id}");
        Assert.Equal(2, text.GetProperty("version").GetInt32());
        Assert.Equal("The Parties shall observe a full ceasefire.", text.GetProperty("articles")[0].GetProperty("clauses")[0].GetProperty("wording").GetString());
        var old = await (await app.ClientAsync(TestRole.Mediator)).GetJsonAsync($"/api/texts/{id}?version=1");
        Assert.True(old.GetProperty("newerVersionExists").GetBoolean());
    }

    [Fact]
    public async Task Edit_malformed_wording_is_400_with_column_and_keeps_the_version()
    {
        var id = await CreateAsync();
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var response = await EditAsync(mediator, id, "1.2", "Monitored by [UA: a mission", 1);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.JsonAsync()).GetProperty("errors").EnumerateObject().First();
        Assert.Equal("line 1, column 14", error.Name);
        Assert.Equal(HttpStatusCode.NotFound, (await EditAsync(mediator, id, "9.1", "words", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await mediator.PutAsJsonAsync(new Uri($"/api/texts/{id}/clauses/1.1", UriKind.Relative), new { wording = "x" })).StatusCode);
        Assert.Equal(1, (await mediator.GetJsonAsync($"/api/texts/{id}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Next_version_from_a_stale_version_is_409_and_nothing_stored()
    {
        var id = await CreateAsync();
        var mediator = await app.ClientAsync(TestRole.Mediator);
        Assert.Equal(HttpStatusCode.Created, (await PostAsync(mediator, $"/api/texts/{id}/versions?expectedVersion=1&round=2", Draft.Replace("[UA: full and unconditional | RU: limited]", "full", StringComparison.Ordinal))).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await PostAsync(mediator, $"/api/texts/{id}/versions?expectedVersion=1", Draft)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await PostAsync(mediator, $"/api/texts/{id}/versions", Draft)).StatusCode);
        Assert.Equal(2, (await mediator.GetJsonAsync($"/api/texts/{id}")).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task Redline_history_and_progress_follow_a_round_that_closes_a_bracket()
    {
        var id = await CreateAsync();
        var mediator = await app.ClientAsync(TestRole.Mediator);
        Assert.Equal(HttpStatusCode.OK, (await mediator.PutAsJsonAsync(new Uri($"/api/texts/{id}/clauses/1.1", UriKind.Relative),
            new { wording = "The Parties shall observe a full and unconditional ceasefire.", expectedVersion = 1, round = 2 })).StatusCode);
        var reader = await app.ClientAsync(TestRole.DelegationUa);

        var redline = await reader.GetJsonAsync($"/api/texts/{id}/redline?from=1&to=2");
        Assert.Equal(["1.1"], redline.GetProperty("changed").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal((1, 0), (redline.GetProperty("bracketsClosed").GetInt32(), redline.GetProperty("bracketsOpened").GetInt32()));
        var runs = redline.GetProperty("clauses")[0].GetProperty("runs").EnumerateArray().ToList();
        Assert.Contains(runs, r => r.GetProperty("kind").GetString() == "Removed" && r.GetProperty("text").GetString()!.Contains("RU: limited", StringComparison.Ordinal));

        var history = await reader.GetJsonAsync($"/api/texts/{id}/clauses/1.1/history");
        Assert.Equal(2, history.GetProperty("agreedSince").GetInt32());
        var limited = history.GetProperty("wordings").EnumerateArray().Single(w => w.GetProperty("text").GetString() == "limited");
        Assert.Equal(("RU", 1, 1, false), (limited.GetProperty("party").GetString(), limited.GetProperty("firstRound").GetInt32(), limited.GetProperty("lastVersion").GetInt32(), limited.GetProperty("standing").GetBoolean()));

        var progress = (await reader.GetJsonAsync($"/api/texts/{id}/progress")).EnumerateArray().ToList();
        Assert.Equal([2, 1], progress.Select(p => p.GetProperty("progress").GetProperty("brackets").GetInt32()));
        Assert.Equal([1, 2], progress.Select(p => p.GetProperty("round").GetInt32()));
        Assert.Equal("Ceasefire", progress[1].GetProperty("articles")[0].GetProperty("heading").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync(new Uri($"/api/texts/{id}/redline?from=1", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/api/texts/{id}/redline?from=1&to=7", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Export_plain_text_hashes_to_the_version_hash_and_speaks_the_chosen_language()
    {
        var id = await CreateAsync();
        var reader = await app.ClientAsync(TestRole.DelegationRu);
        var english = await reader.GetAsync(new Uri($"/api/texts/{id}/export?format=text&lang=en", UriKind.Relative));
        var hash = english.Headers.GetValues("X-Parley-Version-Hash").Single();
        Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(await english.Content.ReadAsByteArrayAsync())));
        Assert.Equal(hash, (await reader.GetJsonAsync($"/api/texts/{id}")).GetProperty("hash").GetString());
        var russian = await (await reader.GetAsync(new Uri($"/api/texts/{id}/export?format=text&lang=ru", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains("## Статья 1. Ceasefire", russian, StringComparison.Ordinal);
        var akn = await (await reader.GetAsync(new Uri($"/api/texts/{id}/export?format=akn&lang=uk", UriKind.Relative))).Content.ReadAsStringAsync();
        Assert.Contains(hash, akn, StringComparison.Ordinal);
        var pdf = await reader.GetAsync(new Uri($"/api/texts/{id}/export?format=pdf", UriKind.Relative));
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(), 0, 4), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync(new Uri($"/api/texts/{id}/export?format=rtf", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await reader.GetAsync(new Uri($"/api/texts/{id}/export?format=text&lang=de", UriKind.Relative))).StatusCode);
    }
}
