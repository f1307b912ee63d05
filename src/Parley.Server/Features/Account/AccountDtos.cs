namespace Parley.Server.Features.Account;

public sealed record LoginRequest(string Email, string Password, bool Remember = false);

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <summary>Who the caller is: role "anonymous" when not signed in.</summary>
public sealed record Me(bool SignedIn, string? Email, string Role, string? Party, bool MustChangePassword);

public sealed record AntiforgeryTokens(string Token, string FormFieldName, string? HeaderName);
