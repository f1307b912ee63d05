using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>
/// The demo's ultimatum (due 8 August 2025) and summit proposal (window to 31 August 2025) are long past: every
/// surface must say so the same way, and none may call them open or in force.
/// </summary>
public sealed class StateRuleTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    [Fact]
    public async Task DeadlinesApi_expired_ultimatum_carries_the_derived_phase()
    {
        var deadline = (await (await app.ClientAsync(TestRole.Anonymous)).GetJsonAsync("/api/deadlines"))[0];
        var state = deadline.GetProperty("state");
        Assert.Equal("Expired", state.GetProperty("phase").GetString());
        Assert.False(state.GetProperty("isOpen").GetBoolean());
        Assert.Equal("2025-08-08", state.GetProperty("dueOn").GetString());
    }

    [Fact]
    public async Task SummitsApi_proposal_past_its_window_is_not_open()
    {
        var summit = (await (await app.ClientAsync(TestRole.Anonymous)).GetJsonAsync("/api/summits"))[0];
        Assert.Equal("Proposed", summit.GetProperty("status").GetString());
        Assert.Equal("PastWindow", summit.GetProperty("state").GetProperty("phase").GetString());
        Assert.False(summit.GetProperty("state").GetProperty("isOpen").GetBoolean());
    }

    [Fact]
    public async Task DashboardApi_past_window_proposal_is_not_listed_as_open()
    {
        var client = await app.ClientAsync(TestRole.Anonymous);
        Assert.Equal(0, (await client.GetJsonAsync("/api/dashboard")).GetProperty("openSummits").GetArrayLength());
        Assert.Equal(1, (await client.GetJsonAsync("/api/dashboard?today=2025-08-01")).GetProperty("openSummits").GetArrayLength());
    }

    [Fact]
    public async Task DeadlinesPage_expired_ultimatum_is_neither_open_nor_in_force()
    {
        var html = await (await app.ClientAsync(TestRole.Anonymous)).GetStringAsync(new Uri("/deadlines", UriKind.Relative));
        Assert.Contains("data-phase=\"Expired\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-phase=\"Running\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("(in force)", html, StringComparison.Ordinal);
        Assert.DoesNotContain(">Open<", html, StringComparison.Ordinal);
        Assert.Contains("(last stated)", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_states_the_derived_phase()
    {
        var text = await (await app.ClientAsync(TestRole.Anonymous)).GetStringAsync(new Uri("/calendar.ics", UriKind.Relative));
        Assert.Contains("Status: Expired", text, StringComparison.Ordinal);
        Assert.Contains("status PastWindow", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Status: Open", text, StringComparison.Ordinal);
    }
}
