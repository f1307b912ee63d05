using Microsoft.Playwright;

namespace Parley.Browser.Tests;

/// <summary>
/// Screenshots of pages under test: always into the build output (<see cref="PathOf"/>), and full pages for the docs
/// when PARLEY_SCREENSHOTS names a directory (<see cref="SaveAsync(IPage, string)"/>); good ones are copied into docs/img.
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static string PathOf(string name)
    {
        System.IO.Directory.CreateDirectory(Directory);
        return Path.Combine(Directory, name + ".png");
    }

    public static async Task SaveAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (Environment.GetEnvironmentVariable("PARLEY_SCREENSHOTS") is { Length: > 0 } directory)
        {
            System.IO.Directory.CreateDirectory(directory);
            await page.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png"), FullPage = true });
        }
    }

    /// <summary>One part of a page (a plot, a table), for looking at it closely.</summary>
    public static async Task SaveAsync(ILocator part, string name)
    {
        ArgumentNullException.ThrowIfNull(part);
        if (Environment.GetEnvironmentVariable("PARLEY_SCREENSHOTS") is { Length: > 0 } directory)
        {
            System.IO.Directory.CreateDirectory(directory);
            await part.ScreenshotAsync(new() { Path = Path.Combine(directory, name + ".png") });
        }
    }
}
