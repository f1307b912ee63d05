using Microsoft.Playwright;

namespace Parley.Browser.Tests;

/// <summary>
/// Every page loads in Chromium under the Content-Security-Policy without a violation, and the interactive ones still
/// get their Blazor circuit (a CSP that breaks the pages would be worse than none).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserApp app)
{
    private static readonly string[] PublicPages =
    [
        "/", "/timeline", "/record", "/rounds", "/summits", "/deadlines", "/positions", "/statements", "/incidents", "/figures",
        "/parties", "/analysis", "/analysis/talks", "/account/login", "/not-found",
    ];

    private static readonly string[] MediatorPages =
    [
        "/rounds/new", "/statements/new", "/summits/new", "/deadlines/new", "/incidents/new", "/figures/new", "/positions/new",
        "/notes/new", "/drafts", "/analysis/profile", "/account/password", "/account/totp",
    ];

    [Fact]
    public async Task Pages_load_without_a_csp_violation_and_circuits_start()
    {
        var anonymous = await app.NewPageAsync();
        var mediator = await app.SignedInPageAsync(TestUsers.Mediator);
        var violations = new List<string>();
        foreach (var page in new[] { anonymous, mediator })
        {
            page.Console += (_, message) =>
            {
                if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
                {
                    lock (violations)
                    {
                        violations.Add($"{page.Url}: {message.Text}");
                    }
                }
            };
        }
        foreach (var (page, paths) in new[] { (anonymous, PublicPages), (mediator, MediatorPages) })
        {
            foreach (var path in paths)
            {
                var response = await page.GotoAsync(path);
                Assert.True(response is { Status: 200 or 404 }, $"{path}: {response?.Status}");
                Assert.Contains("script-src 'self'", await response!.HeaderValueAsync("content-security-policy") ?? "", StringComparison.Ordinal);
                await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            }
        }

        // An interactive form works: its circuit came up through the policy's connect-src.
        await BrowserApp.GotoInteractiveFormAsync(mediator, "/rounds/new");
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        await anonymous.Context.CloseAsync();
        await mediator.Context.CloseAsync();
    }
}
