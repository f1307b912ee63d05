using Microsoft.Extensions.DependencyInjection;
using Parley.Application.Tests.Infrastructure;
using Parley.Domain.Access;
using Parley.Application.Users;

namespace Parley.Application.Tests.Users;

public sealed class UserAccountsTests
{
    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreateAsync_delegation_by_party_name_gets_code_role_and_one_time_password(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        var created = await accounts.CreateAsync("delegate@ua.example", "delegation", "Ukraine", password: null);
        Assert.True(created.Succeeded);
        Assert.Equal(("delegation", "UA", true), (created.User!.Role, created.User.Party, created.User.MustChangePassword));
        Assert.NotNull(created.GeneratedPassword);
        var listed = Assert.Single(await accounts.ListAsync(), u => u.Email == "delegate@ua.example");
        Assert.Equal("UA", listed.Party);
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task CreateAsync_bad_requests_name_the_field(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        Assert.Contains("party", (await accounts.CreateAsync("a@b.example", "delegation", null, null)).Errors.Keys);
        Assert.Contains("party", (await accounts.CreateAsync("a@b.example", "delegation", "Narnia", null)).Errors.Keys);
        Assert.Contains("role", (await accounts.CreateAsync("a@b.example", "king", null, null)).Errors.Keys);
        Assert.Contains("email", (await accounts.CreateAsync("not-an-email", "observer", null, null)).Errors.Keys);
        Assert.Contains("password", (await accounts.CreateAsync("a@b.example", "observer", null, "short")).Errors.Keys);
        await accounts.CreateAsync("a@b.example", "observer", null, null);
        Assert.False((await accounts.CreateAsync("a@b.example", "observer", null, null)).Succeeded);
        Assert.Single(await accounts.ListAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabases.Providers), MemberType = typeof(TestDatabases))]
    public async Task EnsureAdministratorAsync_only_once(string provider)
    {
        await using var database = await TestDatabases.CreateAsync(provider);
        await using var scope = database.Scope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        Assert.NotNull(await accounts.EnsureAdministratorAsync());
        Assert.Null(await accounts.EnsureAdministratorAsync());
        var admin = Assert.Single(await accounts.ListAsync());
        Assert.Equal((UserAccounts.AdministratorEmail, ParleyRoles.Administrator), (admin.Email, admin.Role));
    }
}
