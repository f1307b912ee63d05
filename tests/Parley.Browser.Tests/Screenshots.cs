using Microsoft.Playwright;

namespace Parley.Browser.Tests;

/// <summary>Full-page screenshots for the docs, written only when PARLEY_SCREENSHOTS names a directory.</summary>
public static class Screenshots
{
    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Environment.GetEnvironmentVariable("PARLEY_SCREENSHOTS") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
        }
    }

    /// <summary>One part of a page (a plot, a table), for looking at it closely.</summary>
    public static async Task SaveAsync(ILocator part, string name)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (Environment.GetEnvironmentVariable("PARLEY_SCREENSHOTS") is { Length: > 0 } directory)
        {
            Directory.CreateDirectory(directory);
            await part.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png") });
        }
    }
}
