using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
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
