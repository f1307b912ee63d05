using Parley.Cli.Tests.Infrastructure;

namespace Parley.Cli.Tests.Commands;

public sealed class UsersCommandTests
{
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
