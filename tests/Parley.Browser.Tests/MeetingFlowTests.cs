using System.Globalization;
using Microsoft.Playwright;

namespace Parley.Browser.Tests;

/// <summary>The mediator plans the next round with an agenda and a follow-up, sees it on the dashboard, drafts and prints its minutes.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MeetingFlowTests(BrowserApp app)
{
    [Fact]
    public async Task Mediator_plans_round_4_dashboard_shows_it_minutes_drafted_saved_and_printed()
    {
        var page = await app.SignedInPageAsync(TestUsers.Mediator);
        var startsOn = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(11);
        var venue = "Dolmabahçe Palace " + Guid.NewGuid().ToString("N")[..6];
        var agenda = "Exchange of the lists of detained civilians " + Guid.NewGuid().ToString("N")[..4];

        await BrowserApp.GotoInteractiveFormAsync(page, "/rounds/new");
        Assert.True(int.Parse(await page.GetByLabel("Round number").InputValueAsync(), CultureInfo.InvariantCulture) >= 4, "the new round's number follows the last");
        await page.GetByLabel("Round number").FillAsync("4");
        await page.GetByLabel("First day").FillAsync(startsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Venue").FillAsync(venue);
        await page.Locator("#agenda-add").ClickAsync();
        await page.GetByLabel("Agenda item 1").FillAsync(agenda);
        await page.Locator("#agenda-issue-0").SelectOptionAsync("Prisoners");
        await page.Locator("#agenda-text-id-0").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#agenda-clauses-0").FillAsync("1.1");
        await page.Locator("#followup-add").ClickAsync();
        await page.Locator("#followup-text-0").FillAsync("Hand over the lists to the ICRC");
        await page.Locator("#followup-due-0").FillAsync(startsOn.AddDays(9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#followup-group-0").FillAsync("Humanitarian working group");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex("/rounds/[0-9a-f-]{36}$"));
        var round = page.Url;
        await Assertions.Expect(page.Locator("a.clause-link")).ToHaveTextAsync("Clause 1.1");
        Assert.Matches("^/texts/[0-9a-f-]{36}\\?clause=1\\.1$", await page.Locator("a.clause-link").GetAttributeAsync("href"));

        await page.GotoAsync("/");
        var next = page.Locator("#next-meeting");
        await Assertions.Expect(next).ToContainTextAsync("Round 4");
        await Assertions.Expect(next).ToContainTextAsync(agenda);
        // Other tests in this app may have recorded held rounds since; whichever is last, it is never the planned one.
        await Assertions.Expect(page.Locator("#last-meeting")).ToContainTextAsync("Round ");
        await Assertions.Expect(page.Locator("#last-meeting")).Not.ToContainTextAsync(venue);
        await Assertions.Expect(page.Locator("#last-meeting")).Not.ToContainTextAsync(agenda);
        await Assertions.Expect(next).ToContainTextAsync(venue);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Hand over the lists to the ICRC");

        await page.GotoAsync(round + "/minutes");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("#minutes-text")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex(System.Text.RegularExpressions.Regex.Escape(agenda)));
        await Assertions.Expect(page.Locator(".minutes-text")).ToContainTextAsync("Hand over the lists to the ICRC (owner: Humanitarian working group");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save the minutes" }).ClickAsync();
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("Saved as version 1.");
        await Assertions.Expect(page.Locator(".minutes-stamp")).ToContainTextAsync("Version 1");

        var pdf = Screenshots.PathOf("minutes-round-4").Replace(".png", ".pdf", StringComparison.Ordinal);
        await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
        var printed = await PdfTextAsync(pdf);
        Assert.Contains(agenda, printed, StringComparison.Ordinal);
        Assert.Contains("Signatures of the parties", printed, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Save the minutes", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Edit the minutes", printed, StringComparison.Ordinal);

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("a[href$='format=pdf&lang=uk']").ClickAsync());
        var file = await download.PathAsync();
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(file))[..4]), StringComparison.Ordinal);
        await page.Context.CloseAsync();

        var phone = await app.NewPageAsync();
        await phone.SetViewportSizeAsync(390, 844);
        await phone.SetExtraHTTPHeadersAsync(new Dictionary<string, string> { ["Accept-Language"] = "uk" });
        await phone.GotoAsync(new Uri(round).AbsolutePath + "/minutes");
        await Assertions.Expect(phone.Locator("h1")).ToContainTextAsync("Протокол раунду 4");
        Assert.True(await phone.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the minutes page fits 390 px");
        await phone.ScreenshotAsync(new() { Path = Screenshots.PathOf("minutes-uk-390"), FullPage = true });
        await phone.GotoAsync("/");
        await phone.ScreenshotAsync(new() { Path = Screenshots.PathOf("dashboard-uk-390"), FullPage = true });
        await phone.Context.CloseAsync();
    }

    private static async Task<string> PdfTextAsync(string pdf)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("pdftotext", [pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
    }
}
