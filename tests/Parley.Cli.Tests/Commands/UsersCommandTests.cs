using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Parley.Cli.Tests.Infrastructure;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests.Commands;

public sealed partial class UsersCommandTests
{
    [Fact]
    public async Task UsersAdd_humanitarian_officer_changes_the_password_before_an_authenticator_is_enrolled()
    {
        using var data = new TempDirectory();
        var add = await ParleyTool.RunAsync(data.Path, "users", "add", "--email", "officer@ua.example", "--role", "humanitarian", "--party", "UA", "--password", "Officer-password-1!");
        Assert.Equal(0, add.ExitCode);
        Assert.DoesNotMatch(TotpSecret(), add.Stdout);
        Assert.Contains("changes this one-time password", add.Stdout, StringComparison.Ordinal);
        var early = await ParleyTool.RunAsync(data.Path, "users", "totp", "--email", "officer@ua.example");
        Assert.NotEqual(0, early.ExitCode);
        Assert.Contains("one-time password", early.Stderr, StringComparison.Ordinal);

        using var server = await VerifyCommandTests.ServerProcess.StartAsync(data.Path, demo: false);
        using var client = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(server.Url) };
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative), new { email = "officer@ua.example", password = "Officer-password-1!" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await client.PostAsJsonAsync(new Uri("/api/account/password", UriKind.Relative), new { currentPassword = "Officer-password-1!", newPassword = "Officer-own-password-2" })).StatusCode);

        var reset = await ParleyTool.RunAsync(data.Path, "users", "totp", "--email", "officer@ua.example");
        Assert.Equal(0, reset.ExitCode);
        var secret = TotpSecret().Match(reset.Stdout).Groups[1].Value;
        using var officer = new HttpClient(new HttpClientHandler { UseCookies = true }) { BaseAddress = new Uri(server.Url) };
        Assert.Equal(HttpStatusCode.OK, (await TotpSignIn.SignInAsync(officer, "officer@ua.example", "Officer-own-password-2", secret)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task UsersTotp_unknown_user_fails()
    {
        using var data = new TempDirectory();
        var unknown = await ParleyTool.RunAsync(data.Path, "users", "totp", "--email", "nobody@example.org");
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("no user 'nobody@example.org'", unknown.Stderr, StringComparison.Ordinal);
    }

    [GeneratedRegex("totp secret: ([A-Z2-7]{16,})")]
    private static partial Regex TotpSecret();

    [Fact]
    public async Task UsersAdd_delegation_by_party_name_prints_one_time_password_and_lists()
    {
        using var data = new TempDirectory();
        var add = await ParleyTool.RunAsync(data.Path, "users", "add", "--email", "delegate@ua.example", "--role", "delegation", "--party", "ukraine");
        Assert.Equal(0, add.ExitCode);
        Assert.Contains("added delegate@ua.example (delegation, UA)", add.Stdout, StringComparison.Ordinal);
        Assert.Matches("one-time password: \\S{18}", add.Stdout);
        var list = await ParleyTool.RunAsync(data.Path, "users", "list");
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("delegate@ua.example", list.Stdout, StringComparison.Ordinal);
        Assert.Contains("UA", list.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_delegation_without_party_fails_naming_the_option()
    {
        using var data = new TempDirectory();
        var run = await ParleyTool.RunAsync(data.Path, "users", "add", "--email", "x@example.org", "--role", "delegation");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--party", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("x@example.org", (await ParleyTool.RunAsync(data.Path, "users", "list")).Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_unknown_role_and_party_fail()
    {
        using var data = new TempDirectory();
        var role = await ParleyTool.RunAsync(data.Path, "users", "add", "--email", "x@example.org", "--role", "king");
        Assert.NotEqual(0, role.ExitCode);
        Assert.Contains("--role", role.Stderr, StringComparison.Ordinal);
        var party = await ParleyTool.RunAsync(data.Path, "users", "add", "--email", "x@example.org", "--role", "delegation", "--party", "Narnia");
        Assert.NotEqual(0, party.ExitCode);
        Assert.Contains("'Narnia' is not a known party", party.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UsersAdd_missing_email_is_a_usage_error()
    {
        using var data = new TempDirectory();
        var run = await ParleyTool.RunAsync(data.Path, "users", "add", "--role", "observer");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--email", run.Stderr, StringComparison.Ordinal);
    }
}
