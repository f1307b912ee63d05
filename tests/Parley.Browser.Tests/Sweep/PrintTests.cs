using System.Diagnostics;
using Microsoft.Playwright;

namespace Parley.Browser.Tests.Sweep;

/// <summary>
/// Every record page printed through Chromium to PDF and read back with pdftotext: the page's heading is there, the
/// navigation and the buttons are not, party tags keep their colour, and no page but the last is left half empty.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PrintTests(BrowserApp app)
{
    [Fact]
    public async Task Every_record_page_prints_without_navigation_or_buttons_and_without_half_empty_pages()
    {
        var sweep = new PageSweep(app);
        var records = (await sweep.PagesAsync())
            .Where(p => p.Reader == SweepReader.Anonymous && !p.Path.StartsWith("/account", StringComparison.Ordinal) && p.Path != "/not-found")
            .ToList();
        // Signed in as a mediator, so the pages carry Edit buttons and the sign-out form that printing must drop.
        var page = await sweep.OpenAsync(SweepReader.Mediator);
        var problems = new List<string>();
        foreach (var record in records)
        {
            await page.GotoAsync(record.Path);
            var heading = (await page.Locator("main h1").First.TextContentAsync())!.Trim();
            var pdf = Path.Combine(Screenshots.Directory, "print" + record.Path.Replace('/', '_') + ".pdf");
            Directory.CreateDirectory(Screenshots.Directory);
            await page.PdfAsync(new PagePdfOptions { Path = pdf, Format = "A4", PrintBackground = true });
            var pages = await PdfPagesAsync(pdf);
            var text = string.Join('\n', pages);
            // A long heading wraps in print: compare with runs of white space made one space.
            if (!OneSpace(text).Contains(OneSpace(heading), StringComparison.Ordinal))
            {
                problems.Add($"{record.Path}: heading '{heading}' missing");
            }
            foreach (var chrome in new[] { "Sign out", "Verify the record", "Times shown in", "Edit" })
            {
                if (text.Contains(chrome, StringComparison.Ordinal))
                {
                    problems.Add($"{record.Path}: prints '{chrome}'");
                }
            }
            var lines = pages.Select(p => p.Split('\n').Count(l => l.Trim().Length > 0)).ToList();
            for (var i = 0; i < lines.Count - 1; i++)
            {
                if (lines[i] < lines.Max() / 2)
                {
                    problems.Add($"{record.Path}: page {i + 1} of {lines.Count} is half empty ({lines[i]} lines, fullest {lines.Max()})");
                }
            }
        }

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await page.GotoAsync(records.First(r => r.Template == "/parties").Path);
        var tag = page.Locator(".party-tag").First;
        Assert.Equal("exact", await tag.EvaluateAsync<string>("e => getComputedStyle(e).printColorAdjust"));
        Assert.NotEqual("rgba(0, 0, 0, 0)", await tag.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        Assert.Equal("none", await page.Locator("nav.sidenav").EvaluateAsync<string>("e => getComputedStyle(e).display"));
        await page.Context.CloseAsync();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static async Task<IReadOnlyList<string>> PdfPagesAsync(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return text.Split('\f').SkipLast(1).ToList();
    }

    private static string OneSpace(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");
}
