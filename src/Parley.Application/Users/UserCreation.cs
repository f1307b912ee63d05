
namespace Parley.Application.Users;

/// <summary>The outcome of adding a user: the account, and the one-time password when one was generated.</summary>
public sealed record UserCreation(bool Succeeded, UserSummary? User, string? GeneratedPassword, IReadOnlyDictionary<string, string[]> Errors)
{
    public static UserCreation Failed(string field, string reason) =>
        new(false, null, null, new Dictionary<string, string[]> { [field] = [reason] });
}
