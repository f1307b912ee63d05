
namespace Parley.Application.Users;

/// <summary>
/// A TOTP authenticator (RFC 6238: SHA-1, 6 digits, 30-second steps) shared with an account: the Base32 secret to type
/// in, and the otpauth:// URI (Google Authenticator key-URI format) an app reads from a QR code.
/// </summary>
public sealed record AuthenticatorEnrolment(string Email, string SharedKey, bool Enabled)
{
    public const string Issuer = "Parley";

    public string Uri =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(Email)}?secret={SharedKey}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6&period=30";
}
