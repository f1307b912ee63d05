using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Parley.Server.Tests.Infrastructure;
using Parley.Application.Users;

namespace Parley.Server.Tests.Features;

public sealed partial class AccountTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private async Task<string> AddUserAsync(string email, string role, string? party = null, string? password = ParleyApp.Password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var created = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(email, role, party, password);
        Assert.True(created.Succeeded);
        return created.GeneratedPassword ?? password!;
    }

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password) =>
        client.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative), new { email, password });

    [Fact]
    public async Task Login_five_wrong_passwords_lock_the_account_for_that_address()
    {
        await AddUserAsync("locked@parley.test", "observer");
        var client = app.NewClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(client, "locked@parley.test", "wrong-password-" + i)).StatusCode);
        }
        var locked = await LoginAsync(client, "locked@parley.test", ParleyApp.Password);
        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
        Assert.Equal("Account locked", (await locked.JsonAsync()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Login_me_reports_role_and_party()
    {
        var client = await app.ClientAsync(TestRole.DelegationRu);
        var me = await client.GetJsonAsync("/api/account/me");
        Assert.Equal(("delegation", "RU", true), (me.GetProperty("role").GetString(), me.GetProperty("party").GetString(), me.GetProperty("signedIn").GetBoolean()));
        var anonymous = await (await app.ClientAsync(TestRole.Anonymous)).GetJsonAsync("/api/account/me");
        Assert.Equal("anonymous", anonymous.GetProperty("role").GetString());
    }

    [Fact]
    public async Task OneTimePassword_must_be_changed_before_writing()
    {
        var generated = await AddUserAsync("fresh@parley.test", "mediator", password: null);
        var client = app.NewClient();
        var login = await (await LoginAsync(client, "fresh@parley.test", generated)).JsonAsync();
        Assert.True(login.GetProperty("mustChangePassword").GetBoolean());
        Assert.Equal(HttpStatusCode.Forbidden, (await client.PostAsJsonAsync(new Uri("/api/statements", UriKind.Relative), Bodies.Statement())).StatusCode);
        var wrong = await client.PostAsJsonAsync(new Uri("/api/account/password", UriKind.Relative), new { currentPassword = "nope", newPassword = "Another-password-2" });
        Assert.True((await wrong.JsonAsync()).GetProperty("errors").TryGetProperty("currentPassword", out _));
        var changed = await client.PostAsJsonAsync(new Uri("/api/account/password", UriKind.Relative), new { currentPassword = generated, newPassword = "Another-password-2" });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(new Uri("/api/statements", UriKind.Relative), Bodies.Statement())).StatusCode);
    }

    [Fact]
    public async Task FormLogin_without_antiforgery_token_is_refused_and_signs_nobody_in()
    {
        var client = app.NewClient();
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = ParleyApp.Email(TestRole.Mediator), ["password"] = ParleyApp.Password,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("anonymous", (await client.GetJsonAsync("/api/account/me")).GetProperty("role").GetString());
    }

    [Fact]
    public async Task FormLogin_with_antiforgery_token_signs_in_and_redirects_locally()
    {
        var client = app.NewClient();
        var tokens = await client.GetJsonAsync("/api/account/antiforgery");
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [tokens.GetProperty("formFieldName").GetString()!] = tokens.GetProperty("token").GetString()!,
            ["email"] = ParleyApp.Email(TestRole.Mediator),
            ["password"] = ParleyApp.Password,
            ["returnUrl"] = "https://evil.example/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
        Assert.Equal("mediator", (await client.GetJsonAsync("/api/account/me")).GetProperty("role").GetString());
    }

    [Fact]
    public async Task FormLogin_wrong_password_redirects_back_with_the_error()
    {
        var client = app.NewClient();
        var tokens = await client.GetJsonAsync("/api/account/antiforgery");
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [tokens.GetProperty("formFieldName").GetString()!] = tokens.GetProperty("token").GetString()!,
            ["email"] = ParleyApp.Email(TestRole.Observer),
            ["password"] = "wrong",
            ["returnUrl"] = "/timeline",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Matches(ErrorRedirect(), response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Logout_ends_the_session()
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, ParleyApp.Email(TestRole.Observer), ParleyApp.Password)).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync(new Uri("/api/account/logout", UriKind.Relative), new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/audit", UriKind.Relative))).StatusCode);
    }

    [GeneratedRegex("^/account/login\\?error=invalid&returnUrl=%2Ftimeline$")]
    private static partial Regex ErrorRedirect();
}
