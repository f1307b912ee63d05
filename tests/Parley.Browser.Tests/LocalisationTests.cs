using Microsoft.Playwright;

namespace Parley.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class LocalisationTests(BrowserApp app)
{
    [Fact]
    public async Task Switching_to_Ukrainian_changes_interface_text_and_keeps_names_as_entered()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync("/parties");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Parties, officials and delegations");

        await page.GetByRole(AriaRole.Button, new() { Name = "УКР" }).ClickAsync();

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Сторони, посадовці та делегації");
        Assert.EndsWith("/parties", page.Url, StringComparison.Ordinal);
        Assert.Equal("uk", await page.Locator("html").GetAttributeAsync("lang"));
        await Assertions.Expect(page.Locator("nav.sidenav")).ToContainTextAsync("Хронологія");
        // Names stay in the script they were entered in, whatever the interface language.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Volodymyr Zelenskyy");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Володимир Зеленський");

        await page.GotoAsync("/");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Переговори коротко");
        await page.GetByRole(AriaRole.Button, new() { Name = "РУС" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Переговоры вкратце");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Timeline_in_Ukrainian_says_incident_types_and_title_frames_in_words()
    {
        var page = await app.NewPageAsync();
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "uk" });
        await page.GotoAsync("/timeline?kind=Incident&from=2025-07-04&to=2025-07-04");

        await Assertions.Expect(page.Locator(".timeline-item .title").First).ToContainTextAsync("Комбінований удар: Kyiv");
        await page.GotoAsync("/timeline?kind=Round");
        await Assertions.Expect(page.Locator(".timeline-item .title").First).ToContainTextAsync("Раунд ");
        var titles = string.Join("\n", await page.Locator(".timeline-item .title a").AllInnerTextsAsync());
        Assert.DoesNotContain("Round ", titles, StringComparison.Ordinal);
        await page.Context.CloseAsync();
    }
}
