using Microsoft.Playwright;

namespace Parley.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class RoundFormTests(BrowserApp app)
{
    [Fact]
    public async Task Mediator_records_round_and_sees_it_on_timeline()
    {
        var page = await app.SignedInPageAsync(TestUsers.Mediator);
        var venue = "Yıldız Palace " + Guid.NewGuid().ToString("N")[..6];

        await BrowserApp.GotoInteractiveFormAsync(page, "/rounds/new");
        await page.GetByLabel("Round number").FillAsync("4");
        await page.GetByLabel("First day").FillAsync("2025-09-10");
        await page.GetByLabel("Venue").FillAsync(venue);
        await page.GetByLabel("Outcomes").FillAsync("Agreed to exchange lists of detained civilians");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/rounds/[0-9a-f-]{36}$"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("Round 4");

        await page.GotoAsync("/timeline?kind=Round");
        await Assertions.Expect(page.Locator("ol.timeline")).ToContainTextAsync($"Round 4 at {venue}");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Mediator_saving_round_with_end_before_start_sees_error_beside_field_and_nothing_stored()
    {
        var page = await app.SignedInPageAsync(TestUsers.Mediator);
        var venue = "Nowhere " + Guid.NewGuid().ToString("N")[..6];

        await BrowserApp.GotoInteractiveFormAsync(page, "/rounds/new");
        await page.GetByLabel("Round number").FillAsync("5");
        await page.GetByLabel("First day").FillAsync("2025-09-10");
        await page.GetByLabel("Last day (if more than one)").FillAsync("2025-09-01");
        await page.GetByLabel("Venue").FillAsync(venue);
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        var endsOn = page.Locator(".field").Filter(new() { Has = page.GetByLabel("Last day (if more than one)") });
        await Assertions.Expect(endsOn.Locator(".validation-message")).ToContainTextAsync("is before");
        await Assertions.Expect(endsOn.Locator(".validation-message")).Not.ToContainTextAsync("StartsOn");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nothing was saved");
        Assert.EndsWith("/rounds/new", page.Url, StringComparison.Ordinal);

        await page.GotoAsync("/timeline?kind=Round");
        await Assertions.Expect(page.Locator("ol.timeline")).Not.ToContainTextAsync(venue);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Two_mediators_editing_same_round_second_save_gets_conflict_not_overwrite()
    {
        var first = await app.SignedInPageAsync(TestUsers.Mediator);
        await first.GotoAsync("/rounds");
        var roundLink = first.Locator("article.round h3 a").Last;
        var href = await roundLink.GetAttributeAsync("href");
        var second = await app.SignedInPageAsync(TestUsers.Mediator);

        await BrowserApp.GotoInteractiveFormAsync(first, href + "/edit");
        await BrowserApp.GotoInteractiveFormAsync(second, href + "/edit");
        await first.GetByLabel("City").FillAsync("Istanbul (first edit)");
        await first.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await first.WaitForURLAsync(url => !url.EndsWith("/edit", StringComparison.Ordinal));
        await second.GetByLabel("City").FillAsync("Istanbul (second edit)");
        await second.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(second.Locator(".conflict")).ToContainTextAsync("Someone else changed this record");
        await first.GotoAsync(href!);
        await Assertions.Expect(first.Locator("main")).ToContainTextAsync("first edit");
        await Assertions.Expect(first.Locator("main")).Not.ToContainTextAsync("second edit");

        await second.GetByRole(AriaRole.Button, new() { Name = "Load the current version" }).ClickAsync();
        await Assertions.Expect(second.GetByLabel("City")).ToHaveValueAsync("Istanbul (first edit)");
        await first.Context.CloseAsync();
        await second.Context.CloseAsync();
    }
}
