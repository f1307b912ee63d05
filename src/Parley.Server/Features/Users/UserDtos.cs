using Parley.Application.Users;

namespace Parley.Server.Features.Users;

public sealed record NewUserRequest(string Email, string Role, string? Party, string? Password);

/// <summary>The created account; the generated one-time password is returned once, when none was given.</summary>
public sealed record NewUserResponse(UserSummary User, string? GeneratedPassword);
