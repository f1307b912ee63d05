using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Each party's analysis profile is its own: private, shared with the mediators only when it says so, never with the other party.</summary>
public sealed class TalksAnalysisTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static readonly Uri Profile = new("/api/analysis/profile", UriKind.Relative);

    // A profile over every issue of the talks: weight 1 each, values leaning to the party's own end of each axis.
    private async Task<List<object>> IssuesAsync(bool towardsPlus, double weight = 1)
    {
        var issues = await (await app.ClientAsync(TestRole.Mediator)).GetJsonAsync("/api/analysis/issues");
        return [.. issues.EnumerateArray().Select(issue => (object)new
        {
            issue = issue.GetProperty("issue").GetString(),
            weight,
            options = issue.GetProperty("options").EnumerateArray().Select(o => new
            {
                position = o.GetProperty("position").GetGuid(),
                value = (towardsPlus ? o.GetProperty("stance").GetInt32() + 2 : 2 - o.GetProperty("stance").GetInt32()) / 4.0,
            }).ToList(),
        })];
    }

    private static async Task<JsonElement> SaveAsync(HttpClient client, object body)
    {
        var response = await client.PutAsJsonAsync(Profile, body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.JsonAsync();
    }

    private static async Task<List<string>> PartiesAsync(HttpClient client) =>
        [.. (await client.GetJsonAsync("/api/analysis/profiles")).EnumerateArray().Select(p => p.GetProperty("party").GetString()!)];

    [Fact]
    public async Task Profile_private_until_shared_then_mediator_only_never_other_party()
    {
        var ua = await app.ClientAsync(TestRole.DelegationUa);
        var ru = await app.ClientAsync(TestRole.DelegationRu);
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var saved = await SaveAsync(ua, new { issues = await IssuesAsync(towardsPlus: true), reservation = 0.4, sharedWithMediators = false, version = 0 });
        Assert.Equal("PartyPrivate", saved.GetProperty("visibility").GetString());
        Assert.Equal("UA", saved.GetProperty("ownerParty").GetString());

        Assert.Equal(["UA"], await PartiesAsync(ua));
        Assert.Empty(await PartiesAsync(ru));
        Assert.Empty(await PartiesAsync(mediator));
        var talks = await mediator.GetJsonAsync("/api/analysis/talks");
        Assert.Contains("UA", talks.GetProperty("notShared").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(JsonValueKind.Null, talks.GetProperty("solutions").ValueKind);

        await SaveAsync(ua, new { issues = await IssuesAsync(towardsPlus: true), reservation = 0.4, sharedWithMediators = true, version = saved.GetProperty("version").GetInt32() });
        Assert.Equal(["UA"], await PartiesAsync(mediator));
        Assert.Empty(await PartiesAsync(ru));
        Assert.DoesNotContain("UA", (await ru.GetJsonAsync("/api/analysis/talks")).GetProperty("included").EnumerateArray().Select(p => p.GetString()));

        await SaveAsync(ru, new { issues = await IssuesAsync(towardsPlus: false), reservation = 0.3, sharedWithMediators = true, version = 0 });
        Assert.Equal(["RU"], await PartiesAsync(ru));
        talks = await mediator.GetJsonAsync("/api/analysis/talks");
        Assert.Equal(["RU", "UA"], talks.GetProperty("included").EnumerateArray().Select(p => p.GetString()).ToList());
        Assert.Equal(2, talks.GetProperty("instance").GetProperty("parties").GetArrayLength());
        var solutions = talks.GetProperty("solutions");
        Assert.True(solutions.GetProperty("zopa_size").GetInt32() >= 0);
        Assert.Equal(talks.GetProperty("instance").GetProperty("issues").GetArrayLength(), solutions.GetProperty("utilitarian").GetProperty("options").GetArrayLength());
    }

    [Theory]
    [InlineData(-1.0, 0.5, "issues[0].weight", "weight")]
    [InlineData(0.0, 0.5, "issues", "all weights are zero")]
    [InlineData(1.0, 1.5, "issues[0].options[0].value", "outside [0, 1]")]
    public async Task Save_bad_profile_names_party_issue_and_field_and_stores_nothing(double weight, double value, string field, string reason)
    {
        var ua = await app.ClientAsync(TestRole.DelegationUa);
        var before = (await ua.GetJsonAsync("/api/analysis/profiles")).GetRawText();
        var issues = await (await app.ClientAsync(TestRole.Mediator)).GetJsonAsync("/api/analysis/issues");
        var body = new
        {
            issues = issues.EnumerateArray().Select(issue => new
            {
                issue = issue.GetProperty("issue").GetString(),
                weight,
                options = issue.GetProperty("options").EnumerateArray().Select(o => new { position = o.GetProperty("position").GetGuid(), value }).ToList(),
            }).ToList(),
            reservation = 0.2,
            sharedWithMediators = true,
            version = 0,
        };
        var response = await ua.PutAsJsonAsync(Profile, body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out var reasons), errors.GetRawText());
        var text = reasons[0].GetString()!;
        Assert.Contains("party UA", text, StringComparison.Ordinal);
        Assert.Contains(reason, text, StringComparison.Ordinal);
        if (field != "issues")
        {
            Assert.Contains("issue " + issues[0].GetProperty("label").GetString(), text, StringComparison.Ordinal);
        }
        Assert.Equal(before, (await ua.GetJsonAsync("/api/analysis/profiles")).GetRawText());
    }

    [Fact]
    public async Task Save_by_mediator_is_forbidden()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var response = await mediator.PutAsJsonAsync(Profile, new { issues = await IssuesAsync(towardsPlus: true), reservation = 0.4, sharedWithMediators = true, version = 0 });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }
}
