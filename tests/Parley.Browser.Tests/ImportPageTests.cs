using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Parley.Browser.Tests;

/// <summary>The list import page: failing rows named by line and column with nothing to confirm, and a large list with its progress bar.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ImportPageTests(BrowserApp app) : IDisposable
{
    private readonly string _files = Directory.CreateTempSubdirectory("parley-import-").FullName;

    [Fact]
    public async Task Bad_rows_are_listed_with_line_column_and_reason_and_nothing_can_be_confirmed()
    {
        var page = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Ukraine);
        await page.GotoAsync("/humanitarian/import");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        var path = Path.Combine(_files, "bad.csv");
        await File.WriteAllTextAsync(path,
            "id,family_name,given_name,patronymic,date_of_birth,sex,category\nUA-1,Шевченко,Олександр,,1994-03-12,M,military\nUA-2,Коваленко,Андрій,,1990-13-40,Q,military\n",
            new UTF8Encoding(false));

        await page.SetInputFilesAsync("#file", path);

        var issues = page.Locator("table.import-issues");
        await Assertions.Expect(issues.Locator("tr", new() { HasText = "date_of_birth" })).ToContainTextAsync("3");
        await Assertions.Expect(issues.Locator("tr", new() { HasText = "sex" })).ToContainTextAsync("3");
        await Assertions.Expect(page.Locator(".import-preview .notice.error")).ToContainTextAsync("nothing can be stored");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { NameRegex = new("^Confirm") })).ToHaveCountAsync(0);
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("humanitarian-import-errors"), FullPage = true });
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Large_list_shows_progress_from_the_reader_then_stores_every_row()
    {
        const int rows = 60_000;
        var path = Path.Combine(_files, "large.csv");
        var text = new StringBuilder("id,family_name,given_name,patronymic,date_of_birth,sex,category,health\n");
        for (var i = 0; i < rows; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"US-{i},Family{i % 997},Given{i % 311},,{1960 + (i % 40)}-{1 + (i % 12):00}-{1 + (i % 28):00},M,{(i % 3 == 0 ? "civilian" : "military")},\n");
        }
        await File.WriteAllTextAsync(path, text.ToString(), new UTF8Encoding(false));

        // The host's officer files for a party no other test links, so the flow test's pairs stay as they are.
        var page = await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Host);
        await page.GotoAsync("/humanitarian/import");
        await page.Locator("[data-interactive=true]").WaitForAsync();
        await page.SelectOptionAsync("#party", "US");
        await page.SelectOptionAsync("#held-by", "US");
        await page.SetInputFilesAsync("#file", path);

        var confirm = page.GetByRole(AriaRole.Button, new() { Name = "Confirm: store all 60,000 persons" });
        await Assertions.Expect(confirm).ToBeVisibleAsync(new() { Timeout = 120_000 });
        await Assertions.Expect(page.Locator("td[data-category=military]")).ToHaveTextAsync("40,000");
        await Assertions.Expect(page.Locator("td[data-category=civilian]")).ToHaveTextAsync("20,000");
        await confirm.ClickAsync();

        // The file is read again by the importer (the bar follows the reader), then stored in one transaction.
        var progress = page.Locator(".import-progress");
        await Assertions.Expect(progress).ToContainTextAsync("Storing 60,000 persons in one transaction", new() { Timeout = 60_000 });
        await Assertions.Expect(progress.Locator("progress")).ToHaveAttributeAsync("value", "1000");
        await page.ScreenshotAsync(new() { Path = Screenshots.PathOf("humanitarian-import-progress") });
        await Assertions.Expect(page.Locator(".notice.ok")).ToContainTextAsync("Stored: 60,000 persons filed for US", new() { Timeout = 120_000 });
        await page.Context.CloseAsync();
    }

    public void Dispose() => Directory.Delete(_files, recursive: true);
}
