using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parley.Domain.Access;
using Parley.Tests.Shared;
using Parley.Application.Users;

namespace Parley.Browser.Tests;

/// <summary>
/// Humanitarian officers for the browser tests: the host's (Türkiye), Ukraine's and Russia's. Created once per
/// server. Each is enrolled with an authenticator, and signs in through the form with a code the server has not
/// seen (<see cref="SignInAsync"/>). The server refuses a code a second time, so later pages for the same officer
/// start from the cookies of that sign-in rather than wait up to 30 s for the next code.
/// </summary>
public static class HumanitarianOfficers
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly HashSet<BrowserApp> Ready = [];
    private static readonly Dictionary<(BrowserApp, string), string> Secrets = [];
    private static readonly Dictionary<(BrowserApp, string), string> SignedIn = [];

    public static TestUser Host { get; } = new("officer.tr@browser.test", ParleyRoles.Humanitarian, "TR");

    public static TestUser Ukraine { get; } = new("officer.ua@browser.test", ParleyRoles.Humanitarian, "UA");

    public static TestUser Russia { get; } = new("officer.ru@browser.test", ParleyRoles.Humanitarian, "RU");

    /// <summary>A fresh browser context signed in as <paramref name="officer"/>.</summary>
    public static async Task<IPage> SignInAsync(BrowserApp app, TestUser officer)
    {
        ArgumentNullException.ThrowIfNull(app);
        await EnsureAsync(app);
        string secret;
        string? state;
        lock (Secrets)
        {
            secret = Secrets[(app, officer.Email)];
            state = SignedIn.GetValueOrDefault((app, officer.Email));
        }
        if (state is not null)
        {
            var again = await app.NewPageAsync(state);
            await again.GotoAsync("/");
            return again;
        }
        var page = await app.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email").FillAsync(officer.Email);
        await page.GetByLabel("Password").FillAsync(officer.Password);
        await page.GetByLabel("Authenticator code").FillAsync(await TotpSignIn.NextCodeAsync(secret));
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        var signedIn = await page.Context.StorageStateAsync();
        lock (Secrets)
        {
            SignedIn[(app, officer.Email)] = signedIn;
        }
        return page;
    }

    private static async Task EnsureAsync(BrowserApp app)
    {
        await Gate.WaitAsync();
        try
        {
            if (!Ready.Add(app))
            {
                return;
            }
            await using var scope = app.Services.CreateAsyncScope();
            var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
            foreach (var user in new[] { Host, Ukraine, Russia })
            {
                var created = await accounts.CreateAsync(user.Email, user.Role, user.Party, user.Password);
                if (!created.Succeeded)
                {
                    throw new InvalidOperationException($"Could not create {user.Email}: " + string.Join("; ", created.Errors.SelectMany(e => e.Value)));
                }
                // An officer's first password is one-time: the officer changes it, then enrols an authenticator.
                var changed = await accounts.ChangePasswordAsync(user.Email, user.Password, user.Password);
                if (!changed.Succeeded)
                {
                    throw new InvalidOperationException($"Could not change {user.Email}'s password: " + string.Join("; ", changed.Errors.Select(e => e.Description)));
                }
                var enrolment = await accounts.ResetAuthenticatorAsync(user.Email, enable: true)
                    ?? throw new InvalidOperationException($"{user.Email} was not stored");
                lock (Secrets)
                {
                    Secrets[(app, user.Email)] = enrolment.SharedKey;
                }
            }
            // The parties consent, each by its own key, that the host (Türkiye) sees their persons.
            await HostConsent.DesignateAsync(app.Services, "TR", "UA", "RU");
        }
        finally
        {
            Gate.Release();
        }
    }
}
