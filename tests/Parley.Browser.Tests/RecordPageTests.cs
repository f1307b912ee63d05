using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parley.Application.Log;

namespace Parley.Browser.Tests;

/// <summary>
/// The Record page read without an account, and an entry's inclusion proof checked by the browser's own SHA-256
/// (crypto.subtle): verified against the signed root, failed against any other root.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RecordPageTests(BrowserApp app)
{
    [Fact]
    public async Task Record_page_shows_checkpoint_keys_and_terminal_commands_without_account()
    {
        var page = await app.NewPageAsync();
        await OpenRecordAsync(page);

        var hostKey = app.Services.GetRequiredService<LedgerHost>().Key.Verifier.ToString();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Verifiable record");
        await Assertions.Expect(page.Locator("#host-key")).ToHaveTextAsync(hostKey);
        await Assertions.Expect(page.Locator("#checkpoint-note")).ToContainTextAsync("parley.local/log\n");
        var url = app.BaseAddress.ToString().TrimEnd('/');
        await Assertions.Expect(page.Locator("#verify-command")).ToHaveTextAsync($"parley verify --url {url} --key {hostKey} --state ~/.parley/state");
        await Assertions.Expect(page.Locator("#cosign-command")).ToContainTextAsync($"parley cosign --url {url} --key ukraine.mod.key --log-key {hostKey}");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Verify the record" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Entry_pages_are_verified_in_the_browser()
    {
        var page = await app.NewPageAsync();
        var size = await OpenRecordAsync(page);

        // The newest entry via the list (enhanced navigation), then the first and a middle one by address.
        await page.Locator("#latest-entries tbody tr a").First.ClickAsync();
        await Assertions.Expect(page.Locator("#inclusion-result")).ToHaveAttributeAsync("data-state", "verified");
        await Assertions.Expect(page.Locator("#inclusion-result")).ToContainTextAsync("Verified in your browser");
        foreach (var seq in new[] { 0, size / 2, size - 1 })
        {
            await page.GotoAsync($"/record/entry/{seq}");
            await Assertions.Expect(page.Locator("#inclusion-result")).ToHaveAttributeAsync("data-state", "verified");
            await Assertions.Expect(page.Locator("#entry-text")).ToContainTextAsync($"\"seq\":{seq},");
        }
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Entry_checked_against_another_root_fails_in_the_browser()
    {
        var page = await app.NewPageAsync();
        var size = await OpenRecordAsync(page);
        var root = Convert.FromBase64String(await page.Locator("#log-root").InnerTextAsync());
        var seq = size / 3;

        root[5] ^= 0x01;
        await page.GotoAsync($"/record/entry/{seq}?root={Uri.EscapeDataString(Convert.ToBase64String(root))}");
        await Assertions.Expect(page.Locator("#inclusion-result")).ToHaveAttributeAsync("data-state", "failed");
        await Assertions.Expect(page.Locator("#inclusion-result")).ToContainTextAsync("Verification failed in your browser");

        root[5] ^= 0x01;
        await page.GotoAsync($"/record/entry/{seq}?root={Uri.EscapeDataString(Convert.ToBase64String(root))}");
        await Assertions.Expect(page.Locator("#inclusion-result")).ToHaveAttributeAsync("data-state", "verified");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Timeline_log_link_opens_the_records_entry()
    {
        var page = await app.NewPageAsync();
        await OpenRecordAsync(page);
        await page.GotoAsync("/timeline");
        var item = page.Locator("li.timeline-item").Filter(new() { HasText = "Round" }).First;
        await item.Locator("a.log-link").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/record/entry/", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#inclusion-result")).ToHaveAttributeAsync("data-state", "verified");
        await Assertions.Expect(page.Locator("#entry-text")).ToContainTextAsync("\"kind\":\"round.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Record_page_lists_who_may_see_whose_persons_in_ukrainian_at_390px()
    {
        // Ukraine's key designates the United States (a mediator) as host; the page shows it to anyone.
        await Parley.Tests.Shared.HostConsent.DesignateAsync(app.Services, "US", "UA");
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(390, 844);
        await page.GotoAsync("/record");
        await Assertions.Expect(page.Locator("#designations")).ToContainTextAsync("Who may see whose persons");
        await Assertions.Expect(page.Locator("#designations tbody tr.active").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "УКР" }).ClickAsync();
        await Assertions.Expect(page.Locator("#designations h2")).ToHaveTextAsync("Хто бачить чиїх осіб");
        await Assertions.Expect(page.Locator("#designations")).ToContainTextAsync("чинне");
        await Screenshots.SaveAsync(page.Locator("#designations"), "record-designations-uk-390");
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// Opens /record once a checkpoint covering the demo record is published and the log has stopped growing (an
    /// earlier test's last entries, such as its audited reads, get their checkpoint within 2 s; a root read before
    /// that would not match the checkpoint an entry page proves against); returns its size.
    /// </summary>
    private static async Task<int> OpenRecordAsync(IPage page)
    {
        var previous = -1;
        for (var attempt = 0; ; attempt++)
        {
            await page.GotoAsync("/record");
            var size = int.Parse(await page.Locator("#log-size").InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
            if ((size > 3 && size == previous) || attempt == 30)
            {
                Assert.True(size > 3, $"the demo record should be in the log, checkpoint has {size} entries");
                return size;
            }
            previous = size;
            await Task.Delay(2500);
        }
    }
}
