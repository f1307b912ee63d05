using Microsoft.Playwright;

namespace Parley.Browser.Tests;

/// <summary>The talks' analysis: each delegation sets its own profile privately, shares it, and the mediators analyse what was shared.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AnalysisProfileTests(BrowserApp app)
{
    private static async Task GotoInteractiveAsync(IPage page, string path, string root)
    {
        await page.GotoAsync(path);
        await page.Locator(root + "[data-interactive=true]").WaitForAsync();
    }

    private static async Task SaveProfileAsync(IPage page, bool share, string expected)
    {
        var checkbox = page.GetByLabel("Share with the mediators");
        if (share)
        {
            await checkbox.CheckAsync();
        }
        else
        {
            await checkbox.UncheckAsync();
        }
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.Locator("#profile-saved")).ToContainTextAsync(expected);
    }

    [Fact]
    public async Task Delegations_set_profiles_privately_mediator_analyses_what_was_shared_and_sliders_recompute()
    {
        var ukraine = await app.SignedInPageAsync(TestUsers.Ukraine);
        await GotoInteractiveAsync(ukraine, "/analysis/profile", ".profile-form");
        await ukraine.GetByLabel("Weight of Ceasefire").FillAsync("8");
        await Assertions.Expect(ukraine.Locator(".profile-editor")).ToContainTextAsync("weight 8");
        await ukraine.GetByRole(AriaRole.Slider, new() { Name = "Reservation value", Exact = true }).FillAsync("0.3");
        await SaveProfileAsync(ukraine, share: false, "private to UA");

        var mediator = await app.SignedInPageAsync(TestUsers.Mediator);
        await mediator.GotoAsync("/analysis/talks");
        await Assertions.Expect(mediator.Locator("#sharing")).ToContainTextAsync("UA has not shared its profile with the mediators");
        await Assertions.Expect(mediator.Locator("#no-analysis")).ToBeVisibleAsync();

        // The other delegation sees its own starting values, never Ukraine's weights.
        var russia = await app.SignedInPageAsync(TestUsers.Russia);
        await GotoInteractiveAsync(russia, "/analysis/profile", ".profile-form");
        await Assertions.Expect(russia.Locator(".profile-editor")).Not.ToContainTextAsync("weight 8");
        await russia.GetByRole(AriaRole.Slider, new() { Name = "Reservation value", Exact = true }).FillAsync("0.3");
        await SaveProfileAsync(russia, share: true, "shared with the mediators");

        await ukraine.ReloadAsync();
        await ukraine.Locator(".profile-form[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(ukraine.Locator(".profile-editor")).ToContainTextAsync("weight 8");
        await SaveProfileAsync(ukraine, share: true, "shared with the mediators");

        await GotoInteractiveAsync(mediator, "/analysis/talks", ".analysis");
        await Assertions.Expect(mediator.Locator("#sharing")).ToContainTextAsync("UA has shared its profile with the mediators");
        await Assertions.Expect(mediator.Locator("#sharing")).ToContainTextAsync("RU has shared its profile with the mediators");
        await Assertions.Expect(mediator.Locator("svg.frontier-plot circle.frontier-point")).Not.ToHaveCountAsync(0);
        await Assertions.Expect(mediator.Locator("table.profiles")).ToContainTextAsync("weight 8");
        var solutions = mediator.Locator("table.solutions");
        var before = await solutions.TextContentAsync();

        var slider = mediator.GetByLabel("Ukraine: reservation value");
        await RetryUntilAsync(() => slider.FillAsync("0.75"), () => Assertions.Expect(solutions).Not.ToHaveTextAsync(before!, new() { Timeout = 3_000 }));
        await Assertions.Expect(mediator.Locator("#whatif-timing")).ToContainTextAsync("Recomputed in");
        await Screenshots.SaveAsync(mediator, "analysis-talks");
        await Screenshots.SaveAsync(ukraine, "analysis-profile");
        await ukraine.Context.CloseAsync();
        await russia.Context.CloseAsync();
        await mediator.Context.CloseAsync();
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
