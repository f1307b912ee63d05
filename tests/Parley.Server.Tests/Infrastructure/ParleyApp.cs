using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Parley.Tests.Shared;
using Parley.Application.Users;

namespace Parley.Server.Tests.Infrastructure;

/// <summary>
/// The server in-process on a real SQLite file in its own temporary data directory, with the demo loaded and one
/// signed-in client per role.
/// </summary>
public sealed class ParleyApp : WebApplicationFactory<Program>, IAsyncLifetime
{
    public const string Password = "Test-password-1!";

    private readonly string _dataDirectory = Directory.CreateTempSubdirectory("parley-server-tests-").FullName;
    private readonly Dictionary<TestRole, HttpClient> _clients = [];
    private readonly Dictionary<TestRole, string> _secrets = [];
    private readonly Dictionary<TestRole, string> _oneTimePasswords = [];

    public string DataDirectory => _dataDirectory;

    public static string Email(TestRole role) => role.ToString().ToLowerInvariant() + "@parley.test";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("PARLEY_DATA", _dataDirectory);
        // Tests speak for several client addresses through X-Forwarded-For, as a reverse proxy would.
        builder.UseSetting("Parley:TrustForwardedHeaders", "true");
        builder.ConfigureLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
    }

    public async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        foreach (var (role, name, party) in new (TestRole, string, string?)[]
        {
            (TestRole.Administrator, "administrator", null),
            (TestRole.Mediator, "mediator", null),
            (TestRole.DelegationUa, "delegation", "UA"),
            (TestRole.DelegationRu, "delegation", "Russia"),
            (TestRole.Observer, "observer", null),
        })
        {
            var created = await accounts.CreateAsync(Email(role), name, party, Password);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.SelectMany(e => e.Value)));
        }
        foreach (var (role, party) in new (TestRole, string?)[] { (TestRole.HumanitarianUa, "UA"), (TestRole.HumanitarianRu, "RU"), (TestRole.HumanitarianHost, null) })
        {
            _secrets[role] = await AddOfficerAsync(Email(role), party);
        }
        foreach (var (role, name, party) in new (TestRole, string, string?)[] { (TestRole.AdministratorOneTimePassword, "administrator", null), (TestRole.HumanitarianOneTimePassword, "humanitarian", "UA") })
        {
            var created = await accounts.CreateAsync(Email(role), name, party, password: null);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.SelectMany(e => e.Value)));
            _oneTimePasswords[role] = created.GeneratedPassword!;
        }
        // Ukraine and Russia consent, each by its own key, that the host's staff officers see their persons.
        PartySigners = await HostConsent.DesignateAsync(Services, Parley.Domain.Humanitarian.HostAccess.Staff, "UA", "RU");
    }

    /// <summary>The party keys that signed the designations (registered in the party key registry).</summary>
    public IReadOnlyDictionary<string, Parley.Ledger.Notes.NoteSigner> PartySigners { get; private set; } = new Dictionary<string, Parley.Ledger.Notes.NoteSigner>();

    /// <summary>
    /// Adds a humanitarian officer who (unless <paramref name="changePassword"/> is false) has replaced the one-time
    /// password with <see cref="Password"/> and (unless <paramref name="enrol"/> is false) then enrolled an
    /// authenticator; returns the TOTP secret.
    /// </summary>
    public async Task<string> AddOfficerAsync(string email, string? party, bool enrol = true, bool changePassword = true)
    {
        await using var scope = Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var created = await accounts.CreateAsync(email, "humanitarian", party, Password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.SelectMany(e => e.Value)));
        if (!changePassword)
        {
            return "";
        }
        Assert.True((await accounts.ChangePasswordAsync(email, Password, Password)).Succeeded);
        return enrol ? (await accounts.ResetAuthenticatorAsync(email, enable: true))!.SharedKey : "";
    }

    /// <summary>The TOTP secret of a humanitarian test role.</summary>
    public string Secret(TestRole role) => _secrets[role];

    /// <summary>A client signed in as the role (anonymous: not signed in), reused across a test class.</summary>
    public async Task<HttpClient> ClientAsync(TestRole role)
    {
        if (_clients.TryGetValue(role, out var client))
        {
            return client;
        }
        client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        if (role != TestRole.Anonymous)
        {
            var response = _secrets.TryGetValue(role, out var secret)
                ? await TotpSignIn.SignInAsync(client, Email(role), Password, secret)
                : await client.PostAsJsonAsync("/api/account/login", new { email = Email(role), password = _oneTimePasswords.GetValueOrDefault(role, Password) });
            Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        }
        _clients[role] = client;
        return client;
    }

    /// <summary>A client with its own cookie jar, for tests that sign in differently.</summary>
    public HttpClient NewClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    public new async Task DisposeAsync()
    {
        foreach (var client in _clients.Values)
        {
            client.Dispose();
        }
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_dataDirectory, recursive: true);
    }
}
