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
    /// <summary>The server accepts the codes of a step either side of now; a wrong code must miss these and more.</summary>
    private const int StepsAccepted = 3;

    private const int StepSeconds = 30;

    /// <summary>The last 30-second step handed out per secret by <see cref="NextCodeAsync"/>.</summary>
    private static readonly Dictionary<string, long> LastStep = new(StringComparer.Ordinal);

    /// <summary>The code an authenticator shows now; the server refuses it a second time (replay).</summary>
    public static string CodeNow(string secret) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(DateTime.UtcNow);

    /// <summary>
    /// A code the server has not seen yet: the current step's, or — when this process already used that step for the
    /// secret — the next step's, after waiting for it to begin (at most 30 s), since the server refuses a code whose
    /// step is not later than the last one it accepted.
    /// </summary>
    public static async Task<string> NextCodeAsync(string secret)
    {
        long step;
        lock (LastStep)
        {
            step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / StepSeconds;
            if (LastStep.TryGetValue(secret, out var last) && step <= last)
            {
                step = last + 1;
            }
            LastStep[secret] = step;
        }
        var start = DateTimeOffset.FromUnixTimeSeconds(step * StepSeconds);
        var wait = start - DateTimeOffset.UtcNow;
        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait + TimeSpan.FromMilliseconds(100));
        }
        return new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(start.UtcDateTime.AddSeconds(1));
    }

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

    /// <summary>Signs the client in through the JSON API with password and a code not used before (<see cref="NextCodeAsync"/>).</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password, string secret) =>
        await client.PostAsJsonAsync(new Uri("/api/account/login", UriKind.Relative), new { email, password, code = await NextCodeAsync(secret) });
}
