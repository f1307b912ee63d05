using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Parley.Server.Tests.Infrastructure;

namespace Parley.Server.Tests.Features;

/// <summary>Headers every response carries, HTTPS-only protections, and absolute URLs that never come from the Host header.</summary>
public sealed class SecurityHeadersTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    public static TheoryData<TestRole, string> Responses() => new()
    {
        { TestRole.HumanitarianUa, "/api/humanitarian/persons" },
        { TestRole.HumanitarianHost, "/api/children" },
        { TestRole.Administrator, "/api/audit/personal-data" },
        { TestRole.Administrator, "/api/users" },
        { TestRole.HumanitarianUa, "/humanitarian/registry" },
        { TestRole.Anonymous, "/" },
        { TestRole.Anonymous, "/api/timeline" },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public async Task Response_carries_the_security_headers_and_is_not_stored(TestRole role, string path)
    {
        var response = await (await app.ClientAsync(role)).GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("nosniff", Header(response, "X-Content-Type-Options"));
        Assert.Equal("no-referrer", Header(response, "Referrer-Policy"));
        Assert.Contains("script-src 'self'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", Header(response, "Content-Security-Policy"), StringComparison.Ordinal);
        Assert.Contains("no-store", Header(response, "Cache-Control"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Https_gets_hsts_and_secure_cookies_plain_http_gets_neither()
    {
        var secure = app.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://parley.test"), AllowAutoRedirect = false });
        var login = await secure.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative), new { email = ParleyApp.Email(TestRole.Observer), password = ParleyApp.Password });
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        Assert.StartsWith("max-age=", Header(login, "Strict-Transport-Security"), StringComparison.Ordinal);
        var cookie = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("parley.auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);

        var plain = await app.NewClient().GetAsync(new Uri("/", UriKind.Relative));
        Assert.False(plain.Headers.Contains("Strict-Transport-Security"));
    }

    [Fact]
    public async Task RecordPage_verify_commands_and_redirects_ignore_the_host_header()
    {
        var client = app.NewClient();
        using var page = new HttpRequestMessage(HttpMethod.Get, new Uri("/record", UriKind.Relative));
        page.Headers.Host = "evil.example";
        var html = await (await client.SendAsync(page)).Content.ReadAsStringAsync();
        Assert.Contains("parley verify --url http", html, StringComparison.Ordinal);
        Assert.DoesNotContain("evil.example", html, StringComparison.Ordinal);

        using var guarded = new HttpRequestMessage(HttpMethod.Get, new Uri("/account/password", UriKind.Relative));
        guarded.Headers.Host = "evil.example";
        var redirect = await client.SendAsync(guarded);
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.DoesNotContain("evil.example", redirect.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    private static string Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) || response.Content.Headers.TryGetValues(name, out values) ? string.Join(", ", values) : "";
}
