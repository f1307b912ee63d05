using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Parley.Browser.Tests;

/// <summary>
/// Children's cases in the browser: a party's officer opens a case and moves it step by step (a step that needs
/// evidence is refused without it), the history keeps every step, the totals show each party's own claims beside
/// Parley's count, and the other party's officer cannot open the case.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ChildCasePagesTests(BrowserApp app)
{
    [Fact]
    public async Task Officer_opens_case_moves_it_with_evidence_and_other_party_cannot_see_it()
    {
        var family = "Ткаченко-" + Guid.NewGuid().ToString("N")[..4];
        var ua = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Ukraine);
        await ua.GotoAsync("/children/new");
        await ua.Locator("[data-interactive=true]").WaitForAsync();
        await ua.GetByLabel("Family name").FillAsync(family);
        await ua.GetByLabel("Given name").FillAsync("Марія");
        await ua.GetByLabel("Date of birth").FillAsync("2015-04-02");
        await ua.GetByLabel("Removed from").FillAsync("Херсон (synthetic)");
        await ua.GetByLabel("Last known location").FillAsync("Anapa (synthetic)");
        await ua.GetByRole(AriaRole.Button, new() { Name = "Open the case" }).ClickAsync();
        await ua.WaitForURLAsync(CaseAddress());
        var address = new Uri(ua.Url).AbsolutePath;
        await ua.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(ua.Locator(".page-head .case-status")).ToHaveTextAsync("reported");

        var save = ua.GetByRole(AriaRole.Button, new() { Name = "Save the change" });
        await Assertions.Expect(ua.GetByLabel("New status")).ToHaveValueAsync("Identified");
        await save.ClickAsync();
        await Assertions.Expect(ua.Locator(".case-move .notice.ok")).ToContainTextAsync("the case is now identified");
        await Assertions.Expect(ua.GetByLabel("New status")).ToHaveValueAsync("Located");
        await save.ClickAsync();
        await Assertions.Expect(ua.Locator(".case-move .notice.error")).ToContainTextAsync("needs the evidence and who verified it");
        await Assertions.Expect(ua.Locator(".page-head .case-status")).ToHaveTextAsync("identified");
        await ua.GetByLabel("Evidence").FillAsync("Photo and school record matched (synthetic)");
        await ua.GetByLabel("Verified by").FillAsync("ICRC tracing officer (synthetic)");
        await save.ClickAsync();
        await Assertions.Expect(ua.Locator(".page-head .case-status")).ToHaveTextAsync("located");
        await Assertions.Expect(ua.Locator("table.history tbody tr")).ToHaveCountAsync(2);
        await Assertions.Expect(ua.Locator("table.history")).ToContainTextAsync("ICRC tracing officer (synthetic)");
        await ua.ScreenshotAsync(new() { Path = Screenshots.PathOf("humanitarian-child-case"), FullPage = true });

        await ua.GotoAsync("/children");
        await Assertions.Expect(ua.Locator("table.cases")).ToContainTextAsync(family);
        await Assertions.Expect(ua.Locator("table.counts tr[data-party=UA] td.total")).Not.ToHaveTextAsync("0");
        var claims = ua.Locator(".children-totals");
        await Assertions.Expect(claims).ToContainTextAsync("Ukrainian children deported or taken to Russia");
        await Assertions.Expect(claims).ToContainTextAsync("19,546");
        await Assertions.Expect(claims).ToContainTextAsync("Ukraine's official count");
        await ua.ScreenshotAsync(new() { Path = Screenshots.PathOf("humanitarian-children"), FullPage = true });

        var ru = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Russia);
        await ru.GotoAsync(address);
        await Assertions.Expect(ru.Locator("main")).ToContainTextAsync("There is nothing at this address");
        await Assertions.Expect(ru.Locator("main")).Not.ToContainTextAsync(family);
        await ru.GotoAsync("/children");
        await Assertions.Expect(ru.Locator("main")).Not.ToContainTextAsync(family);
        await ua.Context.CloseAsync();
        await ru.Context.CloseAsync();
    }

    [Fact]
    public async Task Observer_and_delegationdo_not_get_humanitarian_pages_or_nav()
    {
        var delegation = await app.SignedInPageAsync(TestUsers.Ukraine);
        await Assertions.Expect(delegation.Locator("nav.sidenav")).Not.ToContainTextAsync("Import a list");
        foreach (var path in new[] { "/humanitarian/import", "/humanitarian/review", "/exchanges", "/children" })
        {
            await delegation.GotoAsync(path);
            await Assertions.Expect(delegation.Locator("main")).ToContainTextAsync("Not permitted");
        }
        await delegation.Context.CloseAsync();
    }

    [Fact]
    public async Task Humanitarian_pages_follow_the_interface_language()
    {
        var page = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Ukraine);
        await page.GotoAsync("/children");
        await page.GetByRole(AriaRole.Button, new() { Name = "УКР" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Справи дітей");
        await Assertions.Expect(page.Locator("nav.sidenav")).ToContainTextAsync("Черга перевірки");
        await page.GotoAsync("/humanitarian/import");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Імпорт списку");
        await page.GetByRole(AriaRole.Button, new() { Name = "РУС" }).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Импорт списка");
        await Assertions.Expect(page.GetByLabel("Файл списка")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("/children/[0-9a-f-]{36}$")]
    private static partial Regex CaseAddress();
}
