using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Parley.Data.Identity;
using Parley.Domain.Access;

namespace Parley.Browser.Tests;

/// <summary>
/// Humanitarian officers for the browser tests: the host's (Türkiye), Ukraine's and Russia's. Created once per
/// server. Their sign-in is in one place, <see cref="SignInAsync"/>, so a second factor can be added there alone.
/// </summary>
public static class HumanitarianOfficers
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly HashSet<BrowserApp> Ready = [];

    public static TestUser Host { get; } = new("officer.tr@browser.test", ParleyRoles.Humanitarian, "TR");

    public static TestUser Ukraine { get; } = new("officer.ua@browser.test", ParleyRoles.Humanitarian, "UA");

    public static TestUser Russia { get; } = new("officer.ru@browser.test", ParleyRoles.Humanitarian, "RU");

    /// <summary>A fresh browser context signed in as <paramref name="officer"/>.</summary>
    public static async Task<IPage> SignInAsync(BrowserApp app, TestUser officer)
    {
        ArgumentNullException.ThrowIfNull(app);
        await EnsureAsync(app);
        return await app.SignedInPageAsync(officer);
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
            }
        }
        finally
        {
            Gate.Release();
        }
    }
}
