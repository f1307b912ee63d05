using Microsoft.Playwright;

namespace Parley.Browser.Tests.Sweep;

/// <summary>Every page fits a phone (390 × 844) and a laptop (1280 × 900): the document never scrolls sideways.</summary>
[Collection(BrowserCollection.Name)]
public sealed class PageWidthTests(BrowserApp app)
{
    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 900)]
    public async Task Every_page_at_viewport_width_is_no_wider_than_the_viewport(int width, int height)
    {
        var sweep = new PageSweep(app);
        var wide = new List<string>();
        var pages = await sweep.PagesAsync();
        foreach (var group in pages.GroupBy(p => p.Reader))
        {
            var page = await sweep.OpenAsync(group.Key, new ViewportSize { Width = width, Height = height }, "uk");
            foreach (var target in group)
            {
                var response = await page.GotoAsync(target.Path);
                Assert.True(response is { Ok: true }, $"{target.Path} answered {response?.Status}");
                await PageSweep.SettledAsync(page);
                var scrollWidth = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
                await Screenshots.SaveAsync(page, $"sweep-{width}-uk{target.Template.Replace('/', '_').Replace(':', '-')}");
                if (scrollWidth > width)
                {
                    wide.Add($"{target.Path} {scrollWidth}px");
                    await page.ScreenshotAsync(new() { Path = Screenshots.PathOf($"wide-{width}-{target.Template.Replace('/', '_')}"), FullPage = true });
                }
            }
            await page.Context.CloseAsync();
        }
        Assert.True(wide.Count == 0, $"Wider than {width}px: " + string.Join(", ", wide));
        Assert.True(pages.Count >= 40, $"only {pages.Count} pages swept");
    }
}
