using Microsoft.Playwright;

namespace Parley.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class DashboardPageTests(BrowserApp app)
{
    [Fact]
    public async Task Observer_not_signed_in_sees_public_dashboard_with_demo_deadlines()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("The talks at a glance");
        var deadlines = page.Locator("section[aria-labelledby=h-deadlines]");
        await Assertions.Expect(deadlines).ToContainTextAsync("ultimatum");
        // The 50-day ultimatum was shortened to 8 August 2025; the demo's deadline is long past.
        await Assertions.Expect(deadlines).ToContainTextAsync("expired on 8 August 2025");
        // Other tests may record a later round; whichever is latest, it is shown with its venue and date.
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-last] article.round h3")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Round \d+ \S"));
        // The demo's summit proposal is past its window (31 August 2025): no longer an open proposal (StateRule).
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-summits]")).ToContainTextAsync("No open proposals.");
        await Assertions.Expect(page.Locator("section[aria-labelledby=h-followups] [data-phase=Overdue]")).ToContainTextAsync("leaders' meeting");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Drafts" })).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Observer_sees_positions_matrix_with_opposed_issues()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/positions?asOf=2025-07-31");

        var rows = page.Locator("table.matrix tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(8);
        var nato = rows.Filter(new() { HasText = "NATO membership" });
        await Assertions.Expect(nato).ToHaveClassAsync("align-opposed");
        await Assertions.Expect(nato.Locator(".align-badge")).ToHaveTextAsync("Diametrically opposed");
        // A party's private draft never reaches someone who is not signed in.
        await Assertions.Expect(page.Locator("table.matrix .draft-flag")).ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Observer_sees_incidents_per_week_chart()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/incidents");

        var chart = page.Locator("figure.bar-chart svg");
        await Assertions.Expect(chart).ToBeVisibleAsync();
        var bars = chart.Locator("g.bar rect");
        Assert.True(await bars.CountAsync() >= 4, "one bar per ISO week from the first incident to the last");
        var heights = await bars.EvaluateAllAsync<double[]>("rs => rs.map(r => r.getBBox().height)");
        Assert.Contains(heights, h => h > 50);
        // The bars count the same incidents the table lists.
        var counts = await chart.Locator("text.value").AllTextContentsAsync();
        await Assertions.Expect(page.Locator("table.data tbody tr")).ToHaveCountAsync(counts.Sum(int.Parse));
        await page.Context.CloseAsync();
    }
}
