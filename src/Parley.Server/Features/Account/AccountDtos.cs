namespace Parley.Server.Features.Account;

/// <summary>Sign-in; <c>Code</c> is the 6-digit TOTP code, required once the account has an authenticator.</summary>
public sealed record LoginRequest(string Email, string Password, bool Remember = false, string? Code = null);

/// <summary>An authenticator to enrol: the secret to type in, the otpauth:// URI, and a QR code of the URI as SVG.</summary>
public sealed record TotpEnrolment(bool Enabled, string? SharedKey, string? Uri, string? QrSvg);

public sealed record TotpConfirmRequest(string Code);

public sealed record ChangePasswordRequest(string CurrentPassword, string NewPassword);

/// <summary>Who the caller is: role "anonymous" when not signed in.</summary>
public sealed record Me(bool SignedIn, string? Email, string Role, string? Party, bool MustChangePassword, bool SecondFactor = false);

public sealed record AntiforgeryTokens(string Token, string FormFieldName, string? HeaderName);
