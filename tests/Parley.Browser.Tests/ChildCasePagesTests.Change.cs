using Microsoft.Playwright;

namespace Parley.Browser.Tests;

public sealed partial class ChildCasePagesTests
{
    [Fact]
    public async Task Officer_corrects_then_erases_a_childs_data_and_the_history_stays()
    {
        var family = "Гончаренко-" + Guid.NewGuid().ToString("N")[..4];
        var ua = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Ukraine);
        await ua.GotoAsync("/children/new");
        await ua.Locator("[data-interactive=true]").WaitForAsync();
        await ua.GetByLabel("Family name").FillAsync(family);
        await ua.GetByLabel("Given name").FillAsync("Олена");
        await ua.GetByLabel("Last known location").FillAsync("Yevpatoria (synthetic)");
        await ua.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();
        await ua.WaitForURLAsync(CaseAddress());
        await ua.Locator("[data-interactive=true]").WaitForAsync();
        await ua.GetByRole(AriaRole.Button, new() { Name = "Save the change" }).ClickAsync();
        await Assertions.Expect(ua.Locator(".page-head .case-status")).ToHaveTextAsync("identified");
        var first = await ua.Locator("code[data-commitment]").TextContentAsync();

        var save = ua.GetByRole(AriaRole.Button, new() { Name = "Save correction" });
        await ua.GetByLabel("Field", new() { Exact = true }).SelectOptionAsync("last_known");
        await Assertions.Expect(ua.GetByLabel("New value")).ToHaveValueAsync("Yevpatoria (synthetic)");
        await ua.GetByLabel("New value").FillAsync("Simferopol (synthetic)");
        await Assertions.Expect(save).ToBeDisabledAsync();
        await ua.Locator("#correct-reason").FillAsync("Location confirmed by the tracing service");
        await save.ClickAsync();

        var notice = ua.Locator("[data-change-message]");
        await Assertions.Expect(notice).ToContainTextAsync($"Commitment {first} is replaced by");
        await Assertions.Expect(ua.Locator("section[aria-labelledby=h-child]")).ToContainTextAsync("Simferopol (synthetic)");
        var second = await ua.Locator("code[data-commitment]").TextContentAsync();
        Assert.NotEqual(first, second);
        await Assertions.Expect(ua.Locator("table.history tbody tr")).ToHaveCountAsync(1);
        await ua.ScreenshotAsync(new() { Path = Screenshots.PathOf("humanitarian-child-case-correction"), FullPage = true });

        await ua.GetByRole(AriaRole.Button, new() { Name = "Erase…" }).ClickAsync();
        var dialog = ua.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync(family);
        await dialog.GetByLabel("Reason").FillAsync("Family asked for erasure after reunification");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Erase", Exact = true }).ClickAsync();

        await Assertions.Expect(notice).ToContainTextAsync($"Erased. Commitment {second} stays in the log");
        await Assertions.Expect(ua.Locator(".page-head h1")).ToHaveTextAsync("(erased)");
        await Assertions.Expect(ua.Locator("main")).Not.ToContainTextAsync(family);
        await Assertions.Expect(ua.Locator("code[data-commitment]")).ToHaveTextAsync(second!);
        await Assertions.Expect(ua.Locator("table.history tbody tr")).ToHaveCountAsync(1);
        await ua.Context.CloseAsync();
    }
}
