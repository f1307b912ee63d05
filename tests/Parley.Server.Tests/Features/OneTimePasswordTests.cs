using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Users;
using Parley.Server.Tests.Infrastructure;
using Parley.Tests.Shared;

namespace Parley.Server.Tests.Features;

/// <summary>
/// Whatever creates an officer's account, personal data opens only after its holder has changed the one-time password
/// and then enrolled an authenticator, in that order.
/// </summary>
public sealed class OneTimePasswordTests(ParleyApp app) : IClassFixture<ParleyApp>
{
    private const string OwnPassword = "Officer-own-password-7";

    private static Task<HttpResponseMessage> LoginAsync(HttpClient client, string email, string password, string? code = null) =>
        client.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative), new { email, password, code });

    [Fact]
    public async Task Officer_created_through_the_api_with_a_chosen_password_must_change_it_then_enrol_before_personal_data()
    {
        var admin = await app.ClientAsync(TestRole.Administrator);
        var created = await admin.PostAsJsonAsync(new Uri("/api/users", UriKind.Relative), new { email = "api.officer@parley.test", role = "humanitarian", party = "UA", password = ParleyApp.Password });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var officer = app.NewClient();
        Assert.Equal(HttpStatusCode.OK, (await LoginAsync(officer, "api.officer@parley.test", ParleyApp.Password)).StatusCode);
        var refused = await officer.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.True((await refused.JsonAsync()).GetProperty("passwordChangeRequired").GetBoolean());
        // Whoever merely holds the one-time password cannot bind an authenticator of their own.
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync(new Uri("/api/account/totp", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsJsonAsync(new Uri("/api/account/totp", UriKind.Relative), new { code = "123456" })).StatusCode);

        var changed = await officer.PostAsJsonAsync(new Uri("/api/account/password", UriKind.Relative), new { currentPassword = ParleyApp.Password, newPassword = OwnPassword });
        Assert.Equal(HttpStatusCode.NoContent, changed.StatusCode);
        var secondFactor = await officer.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, secondFactor.StatusCode);
        Assert.True((await secondFactor.JsonAsync()).GetProperty("secondFactorRequired").GetBoolean());

        var secret = (await officer.GetJsonAsync("/api/account/totp")).GetProperty("sharedKey").GetString()!;
        Assert.Equal(HttpStatusCode.NoContent, (await officer.PostAsJsonAsync(new Uri("/api/account/totp", UriKind.Relative), new { code = await TotpSignIn.NextCodeAsync(secret) })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Operator_cannot_enrol_an_authenticator_for_an_officer_still_on_the_one_time_password()
    {
        await app.AddOfficerAsync("cli.officer@parley.test", "RU", enrol: false, changePassword: false);
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => accounts.ResetAuthenticatorAsync("cli.officer@parley.test", enable: true));
        Assert.Contains("one-time password", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Page_for_a_caller_on_a_one_time_password_goes_to_the_change_page_and_back()
    {
        var client = await app.ClientAsync(TestRole.HumanitarianOneTimePassword);
        var response = await client.GetAsync(new Uri("/humanitarian?x=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/password?returnUrl=%2Fhumanitarian%3Fx%3D1", response.Headers.Location!.OriginalString);
    }
}
