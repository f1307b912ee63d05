using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parley.Domain.Access;
using Parley.Ledger.Notes;
using Parley.Application.Humanitarian.Keys;

namespace Parley.Browser.Tests;

/// <summary>
/// The humanitarian track end to end in a real browser: both sides file their lists (preview, then confirm), the
/// host's officer links them and reviews a pair by keyboard, composes a batch, both parties sign its manifest and
/// confirm the exchange with their own keys, and the batch shows "confirmed by both sides".
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class HumanitarianFlowTests(BrowserApp app) : IDisposable
{
    private static readonly Viewer Administrator = new(ParleyRole.Administrator, null, "browser-admin", "admin@browser.test");

    private readonly string _files = Directory.CreateTempSubdirectory("parley-lists-").FullName;

    [Fact]
    public async Task Lists_linked_reviewed_batched_signed_and_confirmed_by_both_sides()
    {
        var ua = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Ukraine);
        await ImportAsync(ua, "ua-sought.csv", HumanitarianLists.UaSought, heldBy: "RU", military: 3, civilian: 1, screenshot: "humanitarian-import");
        await ImportAsync(ua, "ua-held.csv", HumanitarianLists.UaHeld, heldBy: "UA", military: 2, civilian: 0);
        var ru = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Russia);
        await ImportAsync(ru, "ru-held.csv", HumanitarianLists.RuHeld, heldBy: "RU", military: 4, civilian: 1);
        await ImportAsync(ru, "ru-sought.csv", HumanitarianLists.RuSought, heldBy: "UA", military: 2, civilian: 0);

        var host = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Host);
        await LinkAndReviewAsync(host);
        var batch = await ComposeAsync(host);

        var (uaKey, ruKey) = await RegisterKeysAsync();
        await SubmitAsync(ua, batch, $"/api/exchanges/{batch}/manifest.txt", uaKey, "signed by one");
        await SubmitAsync(ru, batch, $"/api/exchanges/{batch}/manifest.txt", ruKey, "agreed");
        await SubmitAsync(ua, batch, $"/api/exchanges/{batch}/confirmation.txt?party=UA", uaKey, "confirmed by one");
        await SubmitAsync(ru, batch, $"/api/exchanges/{batch}/confirmation.txt?party=RU", ruKey, "confirmed by both sides");

        await host.GotoAsync($"/exchanges/{batch}");
        await Interactive(host);
        await Assertions.Expect(host.Locator(".page-head .batch-status")).ToHaveTextAsync("confirmed by both sides");
        await Assertions.Expect(host.Locator("table.signatures tbody tr")).ToHaveCountAsync(4);
        await Assertions.Expect(host.Locator("section.differences")).ToContainTextAsync("No differences");
        await Shoot(host, "humanitarian-batch");
        await host.GotoAsync("/exchanges");
        await Assertions.Expect(host.Locator("table.batches")).ToContainTextAsync("confirmed by both sides");
        foreach (var page in new[] { ua, ru, host })
        {
            await page.Context.CloseAsync();
        }
    }

    private static async Task Interactive(IPage page) =>
        await page.Locator("[data-interactive=true]").First.WaitForAsync();

    private async Task ImportAsync(IPage page, string name, string[] rows, string heldBy, int military, int civilian, string? screenshot = null)
    {
        await page.GotoAsync("/humanitarian/import");
        await Interactive(page);
        await page.SelectOptionAsync("#held-by", heldBy);
        await page.SetInputFilesAsync("#file", HumanitarianLists.Write(_files, name, rows));

        var confirm = page.GetByRole(AriaRole.Button, new() { Name = $"Confirm: store all {military + civilian} persons" });
        await Assertions.Expect(confirm).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("td[data-category=military]")).ToHaveTextAsync(military.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator("td[data-category=civilian]")).ToHaveTextAsync(civilian.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Assertions.Expect(page.Locator(".columns-found")).ToContainTextAsync("batch_ref");
        if (screenshot is not null)
        {
            await Shoot(page, screenshot);
        }
        await confirm.ClickAsync();
        await Assertions.Expect(page.Locator(".notice.ok")).ToContainTextAsync($"Stored: {military + civilian} persons");
    }

    private static async Task Shoot(IPage page, string name) =>
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf(name), FullPage = true });

    public void Dispose()
    {
        Directory.Delete(_files, recursive: true);
    }

    private async Task<(NoteSigner Ua, NoteSigner Ru)> RegisterKeysAsync()
    {
        var ua = NoteSigner.Generate("ukraine.mod");
        var ru = NoteSigner.Generate("russia.mod");
        await using var scope = app.Services.CreateAsyncScope();
        var keys = scope.ServiceProvider.GetRequiredService<PartyKeys>();
        Assert.True((await keys.RegisterAsync(Administrator, "UA", ua.Verifier.ToString())).Succeeded);
        Assert.True((await keys.RegisterAsync(Administrator, "RU", ru.Verifier.ToString())).Succeeded);
        return (ua, ru);
    }

    [GeneratedRegex("/exchanges/[0-9a-f-]{36}$")]
    private static partial Regex BatchAddress();
}
