using System.Net;
using System.Net.Http.Json;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

public sealed class ConcurrencyTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    [Fact]
    public async Task Put_two_editors_on_the_same_version_second_gets_409_with_current_version()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var admin = await app.ClientAsync(TestRole.Administrator);
        var (id, version) = await mediator.CreateAsync("/api/statements", Bodies.Statement("Original"));
        var first = await mediator.PutAsJsonAsync(new Uri($"/api/statements/{id}", UriKind.Relative), new
        {
            speakerName = "A spokesperson", saidOn = "2025-08-01", quotation = "First edit", source = "test", version,
        });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(version + 1, (await first.JsonAsync()).GetProperty("version").GetInt32());
        var second = await admin.PutAsJsonAsync(new Uri($"/api/statements/{id}", UriKind.Relative), new
        {
            speakerName = "A spokesperson", saidOn = "2025-08-01", quotation = "Second edit", source = "test", version,
        });
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.JsonAsync();
        Assert.Equal(version + 1, problem.GetProperty("currentVersion").GetInt32());
        Assert.Contains("changed by someone else", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal("First edit", (await mediator.GetJsonAsync($"/api/statements/{id}")).GetProperty("quotation").GetString());
    }

    [Fact]
    public async Task Put_without_version_is_refused()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var (id, _) = await mediator.CreateAsync("/api/statements", Bodies.Statement());
        var response = await mediator.PutAsJsonAsync(new Uri($"/api/statements/{id}", UriKind.Relative), Bodies.Statement("No version"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.JsonAsync()).GetProperty("errors").TryGetProperty("version", out _));
    }

    [Fact]
    public async Task Put_summit_lifecycle_skipping_to_held_is_refused()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var summit = (await mediator.GetJsonAsync("/api/summits")).EnumerateArray().First();
        var body = System.Text.Json.JsonSerializer.Deserialize<Dictionary<string, object?>>(summit.GetRawText())!;
        body["status"] = "Held";
        body["scheduledFor"] = "2025-08-30";
        var response = await mediator.PutAsJsonAsync(new Uri($"/api/summits/{summit.GetProperty("id").GetGuid()}", UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("allowed: accepted, declined, lapsed", (await response.JsonAsync()).GetProperty("errors").GetProperty("status")[0].GetString(), StringComparison.Ordinal);
    }
}
