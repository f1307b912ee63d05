using System.Net.Http.Json;
using OtpNet;

namespace Parley.Tests.Shared;

/// <summary>
/// Signing in as a humanitarian officer in tests: the TOTP code an authenticator app would show now (RFC 6238,
/// computed with Otp.NET from the Base32 secret that <c>parley users add</c> or <c>UserAccounts.ResetAuthenticatorAsync</c>
/// printed), and a code that is certainly wrong. Linked into each test project that needs it.
/// </summary>
internal static class TotpSignIn
{
    /// <summary>Identity accepts the codes of a few 30-second steps either side of now; a wrong code must miss them all.</summary>
    private const int StepsAccepted = 3;

    public static string CodeNow(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow);

    public static string WrongCode(string secret)
    {
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var now = DateTime.UtcNow;
        var accepted = Enumerable.Range(-StepsAccepted, 2 * StepsAccepted + 1).Select(step => totp.ComputeTotp(now.AddSeconds(30 * step))).ToHashSet(StringComparer.Ordinal);
        var candidate = int.Parse(accepted.First(), System.Globalization.CultureInfo.InvariantCulture);
        string code;
        do
        {
            candidate = (candidate + 500_009) % 1_000_000;
            code = candidate.ToString("D6", System.Globalization.CultureInfo.InvariantCulture);
        }
        while (accepted.Contains(code));
        return code;
    }

    /// <summary>Signs the client in through the JSON API with password and the current code.</summary>
    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string secret) =>
        client.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative), new { email, password, code = CodeNow(secret) });
}
