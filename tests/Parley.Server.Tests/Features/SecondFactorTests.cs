using System.Net;
using System.Net.Http.Json;
using Parley.Server.Tests.Infrastructure;
using Parley.Tests.Shared;

namespace Parley.Server.Tests.Features;

/// <summary>Humanitarian officers reach personal data only after a TOTP code in this sign-in.</summary>
public sealed class SecondFactorTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private static int _unique;

    private static string NewEmail() => $"officer{Interlocked.Increment(ref _unique)}@parley.test";

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string? code = null) =>
        client.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative), new { email, password = ParleyApp.Password, code });

    public static TheoryData<string, string> PersonalDataEndpoints() => new()
    {
        { "GET", "/api/humanitarian/persons" },
        { "POST", "/api/humanitarian/lists/preview?party=UA" },
        { "POST", "/api/humanitarian/lists?party=UA" },
        { "GET", "/api/humanitarian/review" },
        { "GET", "/api/exchanges" },
        { "GET", "/api/children" },
        { "POST", "/api/children" },
    };

    [Theory]
    [MemberData(nameof(PersonalDataEndpoints))]
    public async Task PersonalData_officer_without_second_factor_gets_403_problem(string method, string path)
    {
        var email = NewEmail();
        await app.AddOfficerAsync(email, "UA", enrol: false);
        var client = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(client, email)).StatusCode);
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(path, UriKind.Relative)) { Content = method == "POST" ? JsonContent.Create(new { }) : null });
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        var problem = await response.JsonAsync();
        Assert.Equal("Second factor required", problem.GetProperty("title").GetString());
        Assert.Contains("TOTP", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(problem.GetProperty("secondFactorRequired").GetBoolean());
    }

    [Fact]
    public async Task Login_enrolled_officer_without_code_is_refused()
    {
        var email = NewEmail();
        await app.AddOfficerAsync(email, "UA");
        var client = app.NewClient();
        var response = await LoginAsync(client, email);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Authenticator code required", (await response.JsonAsync()).GetProperty("title").GetString());
        Assert.False((await client.GetJsonAsync("/api/account/me")).GetProperty("signedIn").GetBoolean());
    }

    [Fact]
    public async Task Login_wrong_code_is_refused_and_signs_nobody_in()
    {
        var email = NewEmail();
        var secret = await app.AddOfficerAsync(email, "UA");
        var client = app.NewClient();
        var response = await LoginAsync(client, email, TotpSignIn.WrongCode(secret));
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Login_right_code_reaches_personal_data()
    {
        var email = NewEmail();
        var secret = await app.AddOfficerAsync(email, "UA");
        var client = app.NewClient();
        var login = await (await TotpSignIn.SignInAsync(client, email, ParleyApp.Password, secret)).JsonAsync();
        Assert.True(login.GetProperty("secondFactor").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/children", UriKind.Relative))).StatusCode);
        Assert.True((await client.GetJsonAsync("/api/account/me")).GetProperty("secondFactor").GetBoolean());
    }

    [Fact]
    public async Task Login_same_code_twice_is_refused_the_second_time()
    {
        var email = NewEmail();
        var secret = await app.AddOfficerAsync(email, "UA");
        var code = await TotpSignIn.NextCodeAsync(secret);

        var first = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(first, email, code)).StatusCode);

        var replay = app.NewClient();
        var response = await LoginAsync(replay, email, code);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await replay.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await first.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);

        var later = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await TotpSignIn.SignInAsync(later, email, ParleyApp.Password, secret)).StatusCode);
    }

    [Fact]
    public async Task Enrolment_code_cannot_sign_in_again()
    {
        var email = NewEmail();
        await app.AddOfficerAsync(email, null, enrol: false);
        var client = app.NewClient();
        await LoginAsync(client, email);
        var secret = (await client.GetJsonAsync("/api/account/totp")).GetProperty("sharedKey").GetString()!;
        var code = await TotpSignIn.NextCodeAsync(secret);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync(new Uri("/api/account/totp", UriKind.Relative), new { code })).StatusCode);

        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(app.NewClient(), email, code)).StatusCode);
    }

    [Fact]
    public async Task Enrolment_shows_the_secret_and_a_right_code_turns_it_on_for_this_sign_in()
    {
        var email = NewEmail();
        await app.AddOfficerAsync(email, null, enrol: false);
        var client = app.NewClient();
        await LoginAsync(client, email);
        var enrolment = await client.GetJsonAsync("/api/account/totp");
        var secret = enrolment.GetProperty("sharedKey").GetString()!;
        Assert.StartsWith($"otpauth://totp/Parley:{Uri.EscapeDataString(email)}?secret={secret}", enrolment.GetProperty("uri").GetString(), StringComparison.Ordinal);
        Assert.Contains("<svg", enrolment.GetProperty("qrSvg").GetString(), StringComparison.Ordinal);

        var wrong = await client.PostAsJsonAsync(new Uri("/api/account/totp", UriKind.Relative), new { code = TotpSignIn.WrongCode(secret) });
        Assert.Equal(HttpStatusCode.BadRequest, wrong.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);

        var right = await client.PostAsJsonAsync(new Uri("/api/account/totp", UriKind.Relative), new { code = await TotpSignIn.NextCodeAsync(secret) });
        Assert.Equal(HttpStatusCode.NoContent, right.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
        Assert.False((await client.GetJsonAsync("/api/account/totp")).TryGetProperty("sharedKey", out var hidden) && hidden.ValueKind == System.Text.Json.JsonValueKind.String);

        var next = app.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await LoginAsync(next, email)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TotpSignIn.SignInAsync(next, email, ParleyApp.Password, secret)).StatusCode);
    }

    [Fact]
    public async Task FormLogin_enrolled_officer_without_code_comes_back_asking_for_it()
    {
        var email = NewEmail();
        await app.AddOfficerAsync(email, "RU");
        var client = app.NewClient();
        var tokens = await client.GetJsonAsync("/api/account/antiforgery");
        var response = await client.PostAsync(new Uri("/account/login", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            [tokens.GetProperty("formFieldName").GetString()!] = tokens.GetProperty("token").GetString()!,
            ["email"] = email,
            ["password"] = ParleyApp.Password,
            ["returnUrl"] = "/",
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login?error=code", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TotpPage_officer_without_second_factor_sees_secret_and_qr_code()
    {
        var email = NewEmail();
        await app.AddOfficerAsync(email, "UA", enrol: false);
        var client = app.NewClient();
        await LoginAsync(client, email);
        var page = await client.GetStringAsync(new Uri("/account/totp", UriKind.Relative));
        Assert.Contains("otpauth://totp/Parley:", page, StringComparison.Ordinal);
        Assert.Contains("<svg", page, StringComparison.Ordinal);
    }
}
