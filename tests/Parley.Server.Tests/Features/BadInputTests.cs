using System.Net;
using System.Net.Http.Json;
using System.Text;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Bad input gets RFC 9457 problem details naming the field and the reason, and nothing is stored.</summary>
public sealed class BadInputTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private async Task<(string Field, string Reason)> RefusedAsync(string path, object body)
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var before = await mediator.CountAsync(path);
        var audit = await mediator.CountAsync("/api/audit?count=500");
        var response = await mediator.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        var error = problem.GetProperty("errors").EnumerateObject().First();
        Assert.Equal(before, await mediator.CountAsync(path));
        Assert.Equal(audit, await mediator.CountAsync("/api/audit?count=500"));
        return (error.Name, error.Value[0].GetString()!);
    }

    [Fact]
    public async Task PostRound_end_before_start_names_endsOn()
    {
        var (field, reason) = await RefusedAsync("/api/rounds", Bodies.Round(endsOn: "2025-09-01"));
        Assert.Equal("endsOn", field);
        Assert.Contains("before", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRound_unknown_party_names_the_delegation()
    {
        var (field, reason) = await RefusedAsync("/api/rounds", Bodies.Round(party: "Narnia"));
        Assert.Equal("delegations[0].party", field);
        Assert.Contains("'Narnia' is not a known party", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostDeadline_with_no_date_names_the_revision()
    {
        var (field, reason) = await RefusedAsync("/api/deadlines", new
        {
            title = "Vague", issuerParty = "US", targetParty = "RU", demand = "A deal", consequence = "Tariffs",
            revisions = new[] { new { statedOn = "2025-08-01", statedAs = "soon" } },
        });
        Assert.Equal("revisions[0].dueOn", field);
        Assert.Contains("needs a date", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostStatement_oversized_quotation_names_the_limit()
    {
        var (field, reason) = await RefusedAsync("/api/statements", Bodies.Statement(new string('x', 5000)));
        Assert.Equal("quotation", field);
        Assert.Contains("at most 4000", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRound_malformed_date_names_the_field()
    {
        var (field, _) = await RefusedAsync("/api/rounds", new { number = 5, venue = "x", startsOn = "the 23rd of July" });
        Assert.Equal("startsOn", field);
    }

    [Fact]
    public async Task PostStatement_bad_event_code_names_the_code()
    {
        var (field, reason) = await RefusedAsync("/api/statements", new { speakerName = "x", saidOn = "2025-08-01", quotation = "q", source = "s", eventCode = new { scheme = "Cameo", code = "99" } });
        Assert.Equal("eventCode.code", field);
        Assert.Contains("root 99", reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostRound_not_json_is_refused_as_unsupported()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var before = await mediator.CountAsync("/api/rounds");
        var response = await mediator.PostAsync(new Uri("/api/rounds", UriKind.Relative), new StringContent("<number>5</number>", Encoding.UTF8, "application/xml"));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(before, await mediator.CountAsync("/api/rounds"));
    }

    [Fact]
    public async Task GetTimeline_unknown_party_kind_and_reversed_dates_are_refused()
    {
        var client = await app.ClientAsync(TestRole.Anonymous);
        foreach (var (query, field) in new[] { ("party=Narnia", "party"), ("kind=treaty", "kind"), ("from=2025-08-01&to=2025-07-01", "to"), ("pageSize=5000", "pageSize") })
        {
            var response = await client.GetAsync(new Uri("/api/timeline?" + query, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    [Fact]
    public async Task Delete_without_version_is_refused()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var (id, _) = await mediator.CreateAsync("/api/rounds", Bodies.Round());
        var response = await mediator.DeleteAsync(new Uri($"/api/rounds/{id}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await mediator.GetAsync(new Uri($"/api/rounds/{id}", UriKind.Relative))).StatusCode);
    }
}
