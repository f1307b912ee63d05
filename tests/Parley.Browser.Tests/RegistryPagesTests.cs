using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parley.Data;

namespace Parley.Browser.Tests;

/// <summary>
/// The registry in the browser: the host's officer files a two-person list, finds each by name and listing party,
/// corrects a field (the commitment is replaced, the log entry verifies in the browser) and erases the other person
/// through the confirmation dialog (the commitment stays, the data goes); every record shown is an audit row.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RegistryPagesTests(BrowserApp app) : IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("parley-registry-").FullName;

    [Fact]
    public async Task Officer_finds_corrects_and_erases_persons_and_the_log_stays_valid()
    {
        var run = Guid.NewGuid().ToString("N")[..6];
        var corrected = "Реєстренко" + run;
        var erased = "Стиренко" + run;
        // Filed by the host for its own party, so the flow test's UA and RU lists and their links are untouched.
        var page = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Host);
        await FileAsync(page, "registry.csv",
            $"T-{run}-1,{corrected},Олег,Петрович,1991-02-03,M,military,солдат,Бахмут (synthetic),seriously wounded\n"
            + $"T-{run}-2,{erased},Ігор,,1979-11-20,M,civilian,,Маріуполь (synthetic),\n", 2);

        await page.Locator("nav.sidenav").GetByRole(AriaRole.Link, new() { Name = "Registry" }).ClickAsync();
        await page.WaitForURLAsync("**/humanitarian/registry");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await FindAsync(page, run);
        var rows = page.Locator("table.registry tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(2);
        await Assertions.Expect(rows.First).ToContainTextAsync("T-" + run + "-1");
        await Assertions.Expect(rows.First.Locator(".badge.danger")).ToHaveTextAsync("seriously wounded or sick");
        await Screenshots.SaveAsync(page, "humanitarian-registry");

        await FindAsync(page, corrected);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await rows.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex("/humanitarian/registry/[0-9a-f-]{36}$"));
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var id = Guid.Parse(new Uri(page.Url).Segments[^1]);
        await Assertions.Expect(page.Locator("dd[data-field=rank]")).ToHaveTextAsync("солдат");
        var before = await page.Locator("code[data-commitment]").TextContentAsync();
        Assert.True(await ReadsOfAsync(id) >= 2, "the list and the record page each audit the read");

        await page.GetByLabel("Field", new() { Exact = true }).SelectOptionAsync("rank");
        await Assertions.Expect(page.GetByLabel("New value")).ToHaveValueAsync("солдат");
        await page.GetByLabel("New value").FillAsync("сержант");
        var save = page.GetByRole(AriaRole.Button, new() { Name = "Save correction" });
        await Assertions.Expect(save).ToBeDisabledAsync();
        await page.GetByLabel("Reason").FillAsync("Rank confirmed by the unit roster (synthetic)");
        await save.ClickAsync();
        await Assertions.Expect(page.Locator(".notice.ok")).ToContainTextAsync($"Commitment {before} is replaced by");
        await Assertions.Expect(page.Locator("dd[data-field=rank]")).ToHaveTextAsync("сержант");
        await Assertions.Expect(page.Locator("code.replaced")).ToHaveTextAsync(before!);
        Assert.NotEqual(before, await page.Locator("code[data-commitment]").TextContentAsync());
        await Screenshots.SaveAsync(page, "humanitarian-registry-person");

        // The correction is a new entry; the browser checks its inclusion proof against the signed checkpoint.
        var entry = await page.Locator("a[data-log-entry]").GetAttributeAsync("href");
        await VerifiedInBrowserAsync(page, entry!, "person.corrected");

        await page.GotoAsync("/humanitarian/registry");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await FindAsync(page, erased);
        await rows.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex("/humanitarian/registry/[0-9a-f-]{36}$"));
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var commitment = await page.Locator("code[data-commitment]").TextContentAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase…" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Assertions.Expect(dialog).ToContainTextAsync($"Erase the personal data of {erased} Ігор?");
        var confirm = dialog.GetByRole(AriaRole.Button, new() { Name = "Erase", Exact = true });
        await Assertions.Expect(confirm).ToBeDisabledAsync();
        await dialog.GetByLabel("Reason").FillAsync("The family asked for removal (synthetic)");
        await confirm.ClickAsync();
        await Assertions.Expect(dialog).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".notice.ok")).ToContainTextAsync($"Erased. Commitment {commitment} stays in the log");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("(erased)");
        await Assertions.Expect(page.Locator("code[data-commitment]")).ToHaveTextAsync(commitment!);
        await Assertions.Expect(page.Locator("main")).Not.ToContainTextAsync("Маріуполь");
        await VerifiedInBrowserAsync(page, (await page.Locator("a[data-log-entry]").GetAttributeAsync("href"))!, "person.erased");

        await page.GotoAsync("/humanitarian/registry");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await FindAsync(page, run);
        await Assertions.Expect(rows).ToHaveCountAsync(1);
        await page.GetByLabel("Name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.Locator("section:not([data-search])[data-party=TR]").WaitForAsync();
        await Assertions.Expect(page.Locator("table.registry tbody tr.erased")).Not.ToHaveCountAsync(0);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Other_party_officer_neither_finds_nor_opens_a_record_it_may_not_see()
    {
        var family = "Закритенко" + Guid.NewGuid().ToString("N")[..6];
        var host = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Host);
        await FileAsync(host, "hidden.csv", $"H-{family},{family},Іван,,1990,M,civilian,,,\n", 1);
        await host.GotoAsync("/humanitarian/registry");
        await host.Locator("[data-interactive=true]").WaitForAsync();
        await FindAsync(host, family);
        var address = await host.Locator("table.registry tbody tr a").GetAttributeAsync("href");
        await host.Context.CloseAsync();

        var ru = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Russia);
        await ru.GotoAsync("/humanitarian/registry");
        await ru.Locator("[data-interactive=true]").WaitForAsync();
        await ru.GetByLabel("Name").FillAsync(family);
        await ru.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await ru.Locator($"section[data-search='{family}']").WaitForAsync();
        await Assertions.Expect(ru.Locator(".empty-state")).ToHaveTextAsync("No listed person matches.");
        await ru.GotoAsync(address!);
        await Assertions.Expect(ru.Locator("main")).ToContainTextAsync("There is nothing at this address");
        await Assertions.Expect(ru.Locator("main")).Not.ToContainTextAsync(family);
        await ru.Context.CloseAsync();
    }

    public void Dispose() => Directory.Delete(_files, recursive: true);

    /// <summary>Searches TR's list (the host sees every party's, so the filter keeps the name search short).</summary>
    private static async Task FindAsync(IPage page, string name)
    {
        await page.GetByLabel("Listed by").SelectOptionAsync("TR");
        await page.GetByLabel("Name").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await page.Locator($"section[data-search='{name}'][data-party=TR]").WaitForAsync();
        await Assertions.Expect(page.Locator("table.registry")).ToContainTextAsync(name);
    }

    /// <summary>Opens a log entry until a signed checkpoint covers it (one is published every 2 s), then waits for the browser's own check.</summary>
    private static async Task VerifiedInBrowserAsync(IPage page, string entry, string kind)
    {
        for (var attempt = 0; attempt < 30 && await page.Locator("#inclusion-result").CountAsync() == 0; attempt++)
        {
            await page.GotoAsync(entry);
            if (await page.Locator("#inclusion-result").CountAsync() == 0)
            {
                await Task.Delay(1000);
            }
        }
        await Assertions.Expect(page.Locator(".page-head .lede .log-kind")).ToHaveAttributeAsync("data-kind", kind);
        await Assertions.Expect(page.Locator("#inclusion-result")).ToHaveAttributeAsync("data-state", "verified");
        await page.GoBackAsync();
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    private async Task<int> ReadsOfAsync(Guid id)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().PersonalDataReads.CountAsync(r => r.RecordId == id);
    }

    /// <summary>Files rows for TR, held by TR, as the host's officer, through the import page.</summary>
    private async Task FileAsync(IPage page, string name, string rows, int count)
    {
        var path = Path.Combine(_files, name);
        await File.WriteAllTextAsync(path, "id,family_name,given_name,patronymic,date_of_birth,sex,category,rank,place_of_capture,health\n" + rows, new UTF8Encoding(false));
        await page.GotoAsync("/humanitarian/import");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.SelectOptionAsync("#party", "TR");
        await page.SelectOptionAsync("#held-by", "TR");
        await page.SetInputFilesAsync("#file", path);
        // The preview runs on the server after the upload; on a cold, shared machine it can take longer than a click's default wait.
        await page.GetByRole(AriaRole.Button, new() { Name = $"Confirm: store all {count} persons" }).ClickAsync(new() { Timeout = 90_000 });
        await Assertions.Expect(page.Locator(".notice.ok")).ToContainTextAsync($"Stored: {count} persons filed for TR", new() { Timeout = 60_000 });
    }
}
