
namespace Parley.Application.Users;

public sealed record UserSummary(string Id, string Email, string Role, string? Party, bool LockedOut, bool MustChangePassword, DateTime CreatedUtc);
