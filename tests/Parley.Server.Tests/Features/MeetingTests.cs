using System.Net;
using System.Net.Http.Json;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Planning the next round through the API: the dashboard shows it beside the last one, the calendar lists its follow-ups as to-dos.</summary>
public sealed class MeetingTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static readonly string NextYear = (DateTime.UtcNow.Year + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private async Task<Guid> PlanRound4Async()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var (id, _) = await mediator.CreateAsync("/api/rounds", new
        {
            number = 4, venue = "Çırağan Palace", city = "Istanbul", startsOn = $"{NextYear}-03-16", format = "Online",
            delegations = new[] { new { party = "UA", members = Array.Empty<Guid>() }, new { party = "RU", members = Array.Empty<Guid>() } },
            agenda = new object[] { "Ceasefire", new { text = "Working groups", issue = "Prisoners" } },
            followUps = new[] { new { text = "Send the lists of civilians", ownerGroup = "Humanitarian working group", ownerParty = "UA", dueOn = $"{NextYear}-03-20" } },
        });
        return id;
    }

    [Fact]
    public async Task DashboardApi_planned_round_is_the_next_meeting_and_round_3_the_last()
    {
        var id = await PlanRound4Async();
        var dashboard = await (await app.ClientAsync(TestRole.Observer)).GetJsonAsync("/api/dashboard");
        Assert.Equal(id, dashboard.GetProperty("nextMeeting").GetProperty("id").GetGuid());
        Assert.Equal("Online", dashboard.GetProperty("nextMeeting").GetProperty("format").GetString());
        Assert.Equal("Prisoners", dashboard.GetProperty("nextMeeting").GetProperty("agenda")[1].GetProperty("issue").GetString());
        Assert.Equal(3, dashboard.GetProperty("lastMeeting").GetProperty("number").GetInt32());
        var first = dashboard.GetProperty("openFollowUps")[0];
        Assert.Equal("Overdue", first.GetProperty("state").GetProperty("phase").GetString());
        Assert.Equal("RU", first.GetProperty("followUp").GetProperty("ownerParty").GetString());
    }

    [Fact]
    public async Task DashboardPage_shows_next_meeting_beside_last_meetings_outcomes()
    {
        await PlanRound4Async();
        var html = await (await app.ClientAsync(TestRole.Anonymous)).GetStringAsync(new Uri("/", UriKind.Relative));
        var next = html[html.IndexOf("id=\"next-meeting\"", StringComparison.Ordinal)..html.IndexOf("id=\"last-meeting\"", StringComparison.Ordinal)];
        Assert.Contains("Round 4", next, StringComparison.Ordinal);
        Assert.Contains("Working groups", next, StringComparison.Ordinal);
        var last = html[html.IndexOf("id=\"last-meeting\"", StringComparison.Ordinal)..];
        Assert.Contains("1,200-for-1,200", last, StringComparison.Ordinal);
        Assert.Contains("data-phase=\"Overdue\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_lists_follow_ups_as_todos_with_due()
    {
        await PlanRound4Async();
        var text = await (await app.ClientAsync(TestRole.Anonymous)).GetStringAsync(new Uri("/calendar.ics", UriKind.Relative));
        Assert.Contains("BEGIN:VTODO", text, StringComparison.Ordinal);
        Assert.Contains($"DUE;VALUE=DATE:{NextYear}0320", text, StringComparison.Ordinal);
        Assert.Contains("DUE;VALUE=DATE:20250831", text, StringComparison.Ordinal);
        Assert.Contains("STATUS:COMPLETED", text, StringComparison.Ordinal);
        Assert.Contains("Next meeting: round 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RoundsApi_removing_a_stored_follow_up_is_refused_and_nothing_changes()
    {
        var mediator = await app.ClientAsync(TestRole.Mediator);
        var id = await PlanRound4Async();
        var stored = await mediator.GetJsonAsync($"/api/rounds/{id}");
        var response = await mediator.PutAsJsonAsync(new Uri($"/api/rounds/{id}", UriKind.Relative), new
        {
            version = stored.GetProperty("version").GetInt32(), number = 4, venue = "Çırağan Palace", startsOn = $"{NextYear}-03-16",
            followUps = Array.Empty<object>(),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("mark one dropped", (await response.JsonAsync()).GetProperty("errors").GetProperty("followUps")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(1, (await mediator.GetJsonAsync($"/api/rounds/{id}")).GetProperty("followUps").GetArrayLength());
    }
}
