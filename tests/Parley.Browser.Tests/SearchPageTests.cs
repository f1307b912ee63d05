using Microsoft.Playwright;

namespace Parley.Browser.Tests;

[Collection(BrowserCollection.Name)]
public sealed class SearchPageTests(BrowserApp app)
{
    [Fact]
    public async Task Search_box_name_typed_in_Ukrainian_Cyrillic_finds_the_Latin_spelled_record_and_its_history_on_a_phone()
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "uk" });
        await page.GotoAsync("/");

        var box = page.GetByRole(AriaRole.Searchbox, new() { Name = "Пошук у записі" });
        await Assertions.Expect(box).ToBeVisibleAsync();
        await box.FillAsync("Зеленський");
        await box.PressAsync("Enter");

        await page.WaitForURLAsync("**/search?q=*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Пошук");
        // The demo's statement is spelled in Latin only: "Volodymyr Zelenskyy on 2025-07-22".
        var statement = page.Locator("#search-results li[data-kind=statement]").Filter(new() { HasText = "Volodymyr Zelenskyy" });
        await Assertions.Expect(statement.First).ToBeVisibleAsync();
        await Assertions.Expect(statement.First.Locator(".badge")).ToHaveTextAsync("Заява");
        // Nothing spills sideways on a phone.
        var overflow = await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth");
        Assert.False(overflow, "the search page scrolls sideways at 390 px");
        await Screenshots.SaveAsync(page, "search-uk-390");

        // Each record found links to its history: who changed what and when.
        await statement.First.GetByRole(AriaRole.Link, new() { Name = "Історія змін" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Історія змін");
        var created = page.Locator("#history article.history-version[data-action=create]");
        await Assertions.Expect(created).ToContainTextAsync("Версія 1 · створено");
        await Assertions.Expect(created.Locator("dl.history-diff")).ToContainTextAsync("Volodymyr Zelenskyy");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > window.innerWidth"), "the history page scrolls sideways at 390 px");
        await Screenshots.SaveAsync(page, "history-uk-390");
        await page.Context.CloseAsync();
    }
}
