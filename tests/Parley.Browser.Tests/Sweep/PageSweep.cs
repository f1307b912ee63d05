using Microsoft.Playwright;

namespace Parley.Browser.Tests.Sweep;

/// <summary>A concrete page to open: its address and who opens it.</summary>
public sealed record SweepPage(string Path, SweepReader Reader, string Template);

/// <summary>
/// Every page of <see cref="PageRoutes"/> at a concrete address. A template with parameters takes the first link
/// to it found on the pages its reader can open (the demo's records and <see cref="SweepSeed"/>'s); a template no
/// page links to fails the sweep, so a new page needs a link or data, not an exception list.
/// </summary>
public sealed class PageSweep(BrowserApp app)
{
    private readonly Dictionary<SweepReader, string> _states = [];

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<BrowserApp, IReadOnlyList<SweepPage>> Found = [];

    /// <summary>The pages, found once per server (crawling is slow) and shared by every sweep.</summary>
    public async Task<IReadOnlyList<SweepPage>> PagesAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (!Found.TryGetValue(app, out var pages))
            {
                pages = await FindAsync();
                Found[app] = pages;
            }
            return pages;
        }
        finally
        {
            Gate.Release();
        }
    }

    private async Task<IReadOnlyList<SweepPage>> FindAsync()
    {
        var seeded = await SweepSeed.EnsureAsync(app);
        var linksOf = new Dictionary<SweepReader, HashSet<string>>();
        foreach (var reader in Enum.GetValues<SweepReader>())
        {
            var page = await OpenAsync(reader);
            var open = PageRoutes.All.Where(r => r.Readers.Contains(reader) || r.Reader == SweepReader.Anonymous).ToList();
            var links = new HashSet<string>(seeded, StringComparer.Ordinal);
            var visited = new HashSet<string>(StringComparer.Ordinal);
            // Visit the fixed pages, then one link to each parameterised page found so far, until no new page turns up.
            var toVisit = open.Where(r => !r.HasParameters).Select(r => r.Template).ToList();
            while (toVisit.Count > 0)
            {
                foreach (var path in toVisit)
                {
                    visited.Add(path);
                    await page.GotoAsync(path);
                    links.UnionWith(await page.EvalOnSelectorAllAsync<string[]>("a[href]", "as => as.map(a => new URL(a.href).pathname)"));
                }
                toVisit = [.. open.Where(r => r.HasParameters).Select(r => FirstLink(r, links)).OfType<string>().Where(p => !visited.Contains(p))];
            }
            linksOf[reader] = links;
            await page.Context.CloseAsync();
        }

        var pages = new List<SweepPage>();
        var missing = new List<string>();
        foreach (var route in PageRoutes.All)
        {
            if (!route.HasParameters)
            {
                pages.Add(new SweepPage(route.Template, route.Reader, route.Template));
            }
            else if (route.Readers.Select(r => (Reader: r, Path: FirstLink(route, linksOf[r]))).FirstOrDefault(f => f.Path is not null) is { Path: { } path } found)
            {
                pages.Add(new SweepPage(path, found.Reader, route.Template));
            }
            else
            {
                missing.Add(route.Template);
            }
        }
        Assert.True(missing.Count == 0, "No page links to: " + string.Join(", ", missing));
        return pages;
    }

    private static string? FirstLink(PageRoute route, IEnumerable<string> links) =>
        links.Where(l => route.Pattern.IsMatch(l)).Order(StringComparer.Ordinal).FirstOrDefault();

    /// <summary>
    /// Waits until a page shows its content: pages rendered on the server have it at once; interactive ones without
    /// prerendering set their title when their circuit has rendered them.
    /// </summary>
    public static async Task SettledAsync(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        try
        {
            await page.WaitForFunctionAsync("document.title.length > 0", null, new() { Timeout = 10000 });
        }
        catch (TimeoutException)
        {
            // A page that never sets its title is axe's document-title violation, reported there with its address.
        }
        if (await page.Locator("[data-interactive=false]").CountAsync() > 0)
        {
            // An interactive form flips to true once its circuit is up; a static page's form never does.
            try
            {
                await page.Locator("[data-interactive=true]").First.WaitForAsync(new() { Timeout = 5000 });
            }
            catch (TimeoutException)
            {
            }
        }
    }

    /// <summary>A fresh page signed in as <paramref name="reader"/> (sign-in once per reader, then its cookies).</summary>
    public async Task<IPage> OpenAsync(SweepReader reader, ViewportSize? viewport = null, string? language = null)
    {
        if (reader != SweepReader.Anonymous && !_states.ContainsKey(reader))
        {
            var signedIn = reader switch
            {
                SweepReader.Mediator => await app.SignedInPageAsync(TestUsers.Mediator),
                SweepReader.Delegate => await app.SignedInPageAsync(TestUsers.Ukraine),
                _ => await HumanitarianOfficers.SignInAsync(app, HumanitarianOfficers.Host),
            };
            _states[reader] = await signedIn.Context.StorageStateAsync();
            await signedIn.Context.CloseAsync();
        }
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = app.BaseAddress.ToString(),
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
            TimezoneId = "Europe/Istanbul",
            StorageState = reader == SweepReader.Anonymous ? null : _states[reader],
            Locale = language ?? "en",
            ExtraHTTPHeaders = language is null ? null : new Dictionary<string, string> { ["Accept-Language"] = language },
        });
        return await context.NewPageAsync();
    }
}
