using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;
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
