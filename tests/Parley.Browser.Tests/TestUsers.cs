using Microsoft.Extensions.DependencyInjection;
using Parley.Domain.Access;
using Parley.Application.Users;

namespace Parley.Browser.Tests;

/// <summary>The accounts browser tests sign in with: one per role the tests need, two delegations.</summary>
public static class TestUsers
{
    public static TestUser Mediator { get; } = new("mediator@browser.test", ParleyRoles.Mediator, null);

    public static TestUser Ukraine { get; } = new("ua.delegate@browser.test", ParleyRoles.Delegation, "UA");

    public static TestUser Russia { get; } = new("ru.delegate@browser.test", ParleyRoles.Delegation, "RU");

    /// <summary>Signed in wrongly on purpose until Identity locks it out.</summary>
    public static TestUser Lockable { get; } = new("lockable@browser.test", ParleyRoles.Observer, null);

    public static async Task CreateAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<UserAccounts>();
        foreach (var user in new[] { Mediator, Ukraine, Russia, Lockable })
        {
            var created = await accounts.CreateAsync(user.Email, user.Role, user.Party, user.Password);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException($"Could not create {user.Email}: " + string.Join("; ", created.Errors.SelectMany(e => e.Value)));
            }
        }
    }
}
