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
        await Assertions.Expect(zopa).ToContainTextAsync("Zone of agreement: 0");
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

        await Assertions.Expect(zopa).Not.ToContainTextAsync("Zone of agreement: 0");
        await Assertions.Expect(zopa).ToContainTextAsync("Pareto-optimal packages are acceptable to every party");
        await Assertions.Expect(page.Locator("table.solutions thead")).ToContainTextAsync("Nash");
        await Assertions.Expect(page.Locator("svg.frontier-plot .solution-mark")).Not.ToHaveCountAsync(0);
        Assert.NotEqual(acceptableBefore, await page.Locator("svg.frontier-plot rect.acceptable").GetAttributeAsync("width"));
        await Screenshots.SaveAsync(page, "analysis");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Four_party_random_instance_shows_six_pairwise_plots_with_solutions_and_legend()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/analysis");
        await page.Locator(".analysis[data-interactive=true]").WaitForAsync();
        var choice = page.Locator("button[data-instance=random-4]");
        await RetryUntilAsync(() => choice.ClickAsync(), () => Assertions.Expect(choice).ToHaveAttributeAsync("aria-pressed", "true", new() { Timeout = 10_000 }));

        await Assertions.Expect(page.Locator(".illustrative")).ToContainTextAsync("RANDOM");
        await Assertions.Expect(page.Locator("svg.frontier-plot")).ToHaveCountAsync(0);
        var plots = page.Locator("svg.pairwise-plot");
        await Assertions.Expect(plots).ToHaveCountAsync(6);
        Assert.True(await plots.First.Locator("circle.frontier-point").CountAsync() >= 100, "4 × 12 × 6 has thousands of frontier points");
        // Every plot marks all four solutions (the random reservations leave a zone of agreement), each with its own glyph.
        foreach (var glyph in new[] { "nash", "ks", "egalitarian", "utilitarian" })
        {
            await Assertions.Expect(page.Locator($"svg.pairwise-plot .solution-mark .glyph.{glyph}")).Not.ToHaveCountAsync(0);
        }
        var legend = page.Locator(".pairwise .legend");
        foreach (var name in new[] { "Nash", "Kalai–Smorodinsky", "Egalitarian", "Utilitarian" })
        {
            await Assertions.Expect(legend).ToContainTextAsync(name);
        }

        var value = page.GetByLabel("party0: value of option0").First;
        var current = await value.InputValueAsync();
        await RetryUntilAsync(() => value.FillAsync(current == "1" ? "0" : "1"), () => Assertions.Expect(page.Locator("#whatif-timing")).ToBeVisibleAsync(new() { Timeout = 10_000 }));
        await Assertions.Expect(page.Locator("#whatif-timing")).ToContainTextAsync("Recomputed in");
        await Screenshots.SaveAsync(page, "analysis-4-parties");
        await Screenshots.SaveAsync(page.Locator(".analysis-grid"), "analysis-4-parties-plots");
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
