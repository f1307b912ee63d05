using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;

namespace Parley.Browser.Tests.Sweep;

/// <summary>axe-core's WCAG 2.0–2.2 A and AA rules over every page, in every interface language: zero violations.</summary>
[Collection(BrowserCollection.Name)]
public sealed class AccessibilityTests(BrowserApp app)
{
    private static readonly AxeRunOptions Wcag22AA = new()
    {
        RunOnly = new RunOnlyOptions { Type = "tag", Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"] },
    };

    [Theory]
    [InlineData("en")]
    [InlineData("uk")]
    [InlineData("ru")]
    public async Task Every_page_in_language_has_no_axe_violations(string language)
    {
        var sweep = new PageSweep(app);
        var found = new List<string>();
        foreach (var group in (await sweep.PagesAsync()).GroupBy(p => p.Reader))
        {
            var page = await sweep.OpenAsync(group.Key, language: language);
            foreach (var target in group)
            {
                await page.GotoAsync(target.Path);
                await PageSweep.SettledAsync(page);
                var result = await page.RunAxe(Wcag22AA);
                found.AddRange(result.Violations.Select(v =>
                    $"{target.Path}: {v.Id} ({v.Help}) at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString() + " " + (n.Any.Concat(n.All).Concat(n.None).FirstOrDefault()?.Message)))}"));
            }
            await page.Context.CloseAsync();
        }
        Assert.True(found.Count == 0, $"{found.Count} axe violations in {language}:\n" + string.Join("\n", found));
    }
}
