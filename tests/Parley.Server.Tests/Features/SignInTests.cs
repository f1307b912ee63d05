using System.Net;
using System.Net.Http.Json;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Guessing passwords is limited per address and per account, no address can lock a holder out, and sign-out ends the session on the server.</summary>
public sealed class SignInTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static int _address;

    private static string NewAddress() => $"203.0.113.{Interlocked.Increment(ref _address)}";

    private static async Task<HttpResponseMessage> LoginFromAsync(HttpClient client, string address, string email, string password)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/account/login", UriKind.Relative)) { Content = JsonContent.Create(new { email, password }) };
        request.Headers.Add("X-Forwarded-For", address);
        return await client.SendAsync(request);
    }

    [Fact]
    public async Task Lockout_one_address_failing_locks_out_only_itself()
    {
        var email = ParleyApp.Email(TestRole.Administrator);
        var attacker = NewAddress();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginFromAsync(app.NewClient(), attacker, email, "wrong-" + i)).StatusCode);
        }
        var locked = await LoginFromAsync(app.NewClient(), attacker, email, ParleyApp.Password);
        Assert.Equal(HttpStatusCode.Forbidden, locked.StatusCode);
        Assert.Equal("Account locked", (await locked.JsonAsync()).GetProperty("title").GetString());

        Assert.Equal(HttpStatusCode.OK, (await LoginFromAsync(app.NewClient(), NewAddress(), email, ParleyApp.Password)).StatusCode);
    }

    [Fact]
    public async Task Lockout_of_an_unknown_account_answers_as_for_a_known_one()
    {
        var address = NewAddress();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await LoginFromAsync(app.NewClient(), address, "nobody@parley.test", "wrong-" + i)).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await LoginFromAsync(app.NewClient(), address, "nobody@parley.test", "wrong")).StatusCode);
    }

    [Fact]
    public async Task RateLimit_one_address_trying_many_accounts_gets_429()
    {
        var address = NewAddress();
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 32; i++)
        {
            statuses.Add((await LoginFromAsync(app.NewClient(), address, $"guess{i}@parley.test", "wrong")).StatusCode);
        }
        Assert.All(statuses.Take(30), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task RateLimit_many_addresses_trying_one_account_get_429()
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 11; i++)
        {
            statuses.Add((await LoginFromAsync(app.NewClient(), NewAddress(), "sprayed@parley.test", "wrong")).StatusCode);
        }
        Assert.All(statuses.Take(10), s => Assert.Equal(HttpStatusCode.Unauthorized, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task Logout_the_old_cookie_stops_working_on_the_server()
    {
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await LoginFromAsync(client, NewAddress(), ParleyApp.Email(TestRole.Mediator), ParleyApp.Password)).StatusCode);
        var me = await client.GetAsync(new Uri("/api/account/me", UriKind.Relative));
        var cookie = string.Join("; ", me.RequestMessage!.Headers.GetValues("Cookie"));
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(cookie, "/api/audit")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync(new Uri("/api/account/logout", UriKind.Relative), new { })).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookieAsync(cookie, "/api/audit")).StatusCode);
    }

    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string path)
    {
        var replay = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await replay.SendAsync(request);
    }
}
