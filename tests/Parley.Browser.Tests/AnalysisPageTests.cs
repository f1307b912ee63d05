using Microsoft.Playwright;

namespace Parley.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class AnalysisPageTests(BrowserApp app)
{
    [Fact]
    public async Task Observer_not_signed_in_sees_illustrative_frontier_plot_and_solutions()
    {
        var page = await app.NewPageAsync();
        var response = await page.GotoAsync("/analysis");

        Assert.Equal(200, response!.Status);
        await Assertions.Expect(page.Locator(".illustrative")).ToContainTextAsync("ILLUSTRATIVE");
        var plot = page.Locator("svg.frontier-plot");
        await Assertions.Expect(plot).ToBeVisibleAsync();
        Assert.True(await plot.Locator("circle.frontier-point").CountAsync() >= 5, "the frontier of the Istanbul instance has many points");
        var radii = await plot.Locator("circle.frontier-point").EvaluateAllAsync<double[]>("cs => cs.map(c => c.getBBox().width)");
        Assert.All(radii, r => Assert.True(r > 0));
        await Assertions.Expect(page.Locator("table.solutions tbody tr")).ToHaveCountAsync(7 + 2);
        // The illustrative reservations leave no zone of agreement; the smallest concessions are the engine's.
        var zopa = page.Locator("#zopa");
        await Assertions.Expect(zopa).ToContainTextAsync("zopa_size = 0");
        await Assertions.Expect(zopa).ToContainTextAsync("Ukraine would have to lower its reservation by 0.0115");
        await Assertions.Expect(zopa).ToContainTextAsync("Russia would have to lower its reservation by 0.0190");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Lowering_reservation_slider_opens_zone_and_redraws_solutions()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/analysis");
        await page.Locator(".analysis[data-interactive=true]").WaitForAsync();
        var zopa = page.Locator("#zopa");
        var before = await zopa.TextContentAsync();
        var acceptableBefore = await page.Locator("svg.frontier-plot rect.acceptable").GetAttributeAsync("width");

        // A slider moved before Blazor attaches its handlers is lost; move it again until the server has answered.
        var slider = page.GetByLabel("Ukraine: reservation value");
        await RetryUntilAsync(() => slider.FillAsync("0.4"), () => Assertions.Expect(zopa).Not.ToHaveTextAsync(before!, new() { Timeout = 3_000 }));

        await Assertions.Expect(zopa).Not.ToContainTextAsync("zopa_size = 0");
        await Assertions.Expect(zopa).ToContainTextAsync("Pareto-optimal packages are acceptable to every party");
        await Assertions.Expect(page.Locator("table.solutions thead")).ToContainTextAsync("Nash");
        await Assertions.Expect(page.Locator("svg.frontier-plot .solution-mark")).Not.ToHaveCountAsync(0);
        Assert.NotEqual(acceptableBefore, await page.Locator("svg.frontier-plot rect.acceptable").GetAttributeAsync("width"));
        await page.Context.CloseAsync();
    }

    private static async Task RetryUntilAsync(Func<Task> act, Func<Task> expect)
    {
        for (var attempt = 1; ; attempt++)
        {
            await act();
            try
            {
                await expect();
                return;
            }
            catch (PlaywrightException) when (attempt < 5)
            {
            }
        }
    }
}
