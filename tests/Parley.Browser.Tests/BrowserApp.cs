using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Parley.Browser.Tests;

/// <summary>
/// The real server on a real Kestrel port with a fresh data directory (SQLite file, keys, demo loaded on
/// start), and Debian's Chromium driven by Playwright. Never downloads a browser.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run",
    ];

    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "parley-browser-" + Guid.NewGuid().ToString("N"));

    public Uri BaseAddress { get; private set; } = new("http://127.0.0.1/");

    public IBrowser Browser { get; private set; } = default!;

    public IServiceProvider Services => _factory?.Services ?? throw new InvalidOperationException("The server has not started.");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(DataDirectory);
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("PARLEY_DATA", DataDirectory);
            web.UseSetting("ConnectionStrings:Parley", "");
            // A port of its own: without a configured URL the server also binds its default 5080, which another
            // test run on the same machine may hold.
            web.UseSetting("urls", "http://127.0.0.1:0");
            web.UseEnvironment("Production");
            // Without an address of its own the server falls back to :5080, and concurrent runs would clash.
            web.UseSetting("urls", "http://127.0.0.1:0");
        });
        _factory.UseKestrel(0);
        _factory.StartServer();
        var addresses = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()
            ?? throw new InvalidOperationException("Kestrel reported no addresses.");
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal));

        await TestUsers.CreateAsync(Services);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh browser context (own cookies) on a page at the server's address; with <paramref name="storageState"/>
    /// (Playwright's JSON of a context) it starts with that context's cookies.
    /// </summary>
    public async Task<IPage> NewPageAsync(string? storageState = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 1400, Height = 1000 },
            TimezoneId = "Europe/Istanbul",
            StorageState = storageState,
        });
        return await context.NewPageAsync();
    }

    public async Task<IPage> SignedInPageAsync(TestUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var page = await NewPageAsync();
        await SignInAsync(page, user.Email, user.Password);
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        return page;
    }

    public static async Task SignInAsync(IPage page, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(password);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
    }

    /// <summary>
    /// Opens an interactive form and waits until its circuit is up: before that, input would be lost when Blazor
    /// attaches, and clicks do nothing.
    /// </summary>
    public static async Task GotoInteractiveFormAsync(IPage page, string path)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.GotoAsync(path);
        await page.Locator("form[data-interactive=true]").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may hold the file a moment longer; the temp directory is cleaned by the OS.
        }
    }
}
