using System.Net;
using System.Text.RegularExpressions;
using Parley.Cli.Tests.Infrastructure;
using Parley.Tests.Shared;

namespace Parley.Cli.Tests.Commands;

public sealed partial class UsersCommandTests
{
    [Fact]
    public async Task UsersAdd_humanitarian_prints_a_totp_secret_that_signs_in_to_the_server()
    {
        using var data = new TempDirectory();
        var add = await ParleyTool.RunAsync(data.Path, "users", "add", "--email", "officer@ua.example", "--role", "humanitarian", "--party", "UA", "--password", "Officer-password-1!");
        Assert.Equal(0, add.ExitCode);
        var secret = TotpSecret().Match(add.Stdout).Groups[1].Value;
        Assert.Contains($"totp uri: otpauth://totp/Parley:officer%40ua.example?secret={secret}", add.Stdout, StringComparison.Ordinal);

        using var server = await VerifyCommandTests.ServerProcess.StartAsync(data.Path, demo: false);
        using var client = new HttpClient { BaseAddress = new Uri(server.Url) };
        var withoutCode = await client.PostAsync(new Uri("/api/account/login", UriKind.Relative), System.Net.Http.Json.JsonContent.Create(new { email = "officer@ua.example", password = "Officer-password-1!" }));
        Assert.Equal(HttpStatusCode.Unauthorized, withoutCode.StatusCode);
        var signedIn = await TotpSignIn.SignInAsync(client, "officer@ua.example", "Officer-password-1!", secret);
        Assert.Equal(HttpStatusCode.OK, signedIn.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/api/humanitarian/persons", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task UsersTotp_replaces_the_secret_and_unknown_user_fails()
    {
        using var data = new TempDirectory();
        var add = await ParleyTool.RunAsync(data.Path, "users", "add", "--email", "officer@ru.example", "--role", "humanitarian", "--party", "RU");
        var first = TotpSecret().Match(add.Stdout).Groups[1].Value;
        var reset = await ParleyTool.RunAsync(data.Path, "users", "totp", "--email", "officer@ru.example");
        Assert.Equal(0, reset.ExitCode);
        Assert.NotEqual(first, TotpSecret().Match(reset.Stdout).Groups[1].Value);
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
