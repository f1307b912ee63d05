using System.Globalization;
using OtpNet;
using Parley.Data.Identity;

namespace Parley.Application.Users;

public sealed partial class UserAccounts
{
    // The last time step a code was accepted for, in Identity's token store (AspNetUserTokens), so no migration.
    private const string TotpTokenProvider = "Parley";
    private const string TotpLastStepToken = "TotpLastStep";

    // RFC 6238 §5.2: one step back for a slow clock or a slow typist, one forward for a fast clock.
    private static readonly VerificationWindow TotpWindow = new(previous: 1, future: 1);

    /// <summary>
    /// Gives the account a new authenticator secret (any earlier one stops working). With <paramref name="enable"/> the
    /// second factor is required from the next sign-in, as when an operator hands the secret over (`parley users add`);
    /// without it the user proves the secret with a code first (<see cref="ConfirmAuthenticatorAsync"/>).
    /// </summary>
    public async Task<AuthenticatorEnrolment?> ResetAuthenticatorAsync(string email, bool enable)
    {
        var user = await Users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return null;
        }
        if (enable && user.MustChangePassword)
        {
            throw new InvalidOperationException($"{user.Email} is still on a one-time password: its holder changes it first, then enrols an authenticator (page /account/totp).");
        }
        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user);
        await Users.RemoveAuthenticationTokenAsync(user, TotpTokenProvider, TotpLastStepToken);
        var key = await Users.GetAuthenticatorKeyAsync(user) ?? throw new InvalidOperationException("The user store keeps no authenticator keys.");
        if (enable)
        {
            await Users.SetTwoFactorEnabledAsync(user, true);
        }
        return new AuthenticatorEnrolment(user.Email ?? email, key, enable);
    }

    /// <summary>The account's current secret, created (not yet required) when it has none; null once the second factor is on.</summary>
    public async Task<AuthenticatorEnrolment?> PendingAuthenticatorAsync(ParleyUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.MustChangePassword || await Users.GetTwoFactorEnabledAsync(user))
        {
            return null;
        }
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await Users.ResetAuthenticatorKeyAsync(user);
            key = await Users.GetAuthenticatorKeyAsync(user);
        }
        return new AuthenticatorEnrolment(user.Email ?? "", key!, false);
    }

    /// <summary>Turns the second factor on when the code matches the pending secret; a wrong code counts as a failed attempt.</summary>
    public async Task<bool> ConfirmAuthenticatorAsync(ParleyUser user, string code)
    {
        ArgumentNullException.ThrowIfNull(user);
        // The order matters: whoever merely holds the one-time password must not bind their own authenticator.
        if (user.MustChangePassword || !await VerifyCodeAsync(user, code))
        {
            return false;
        }
        await Users.SetTwoFactorEnabledAsync(user, true);
        return true;
    }

    /// <summary>
    /// Checks a 6-digit code against the account's secret (RFC 6238: SHA-1, 30 s, a step either side allowed for clock
    /// drift) and refuses a code whose time step is not later than the last one accepted, so a code seen over a
    /// shoulder or in a log cannot be used again (RFC 6238 §5.2). Identity's authenticator provider keeps no such record,
    /// so the code is checked with Otp.NET, which names the step it matched. A refused code counts as a failed attempt.
    /// </summary>
    public async Task<bool> VerifyCodeAsync(ParleyUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        var key = await Users.GetAuthenticatorKeyAsync(user);
        if (digits.Length != 6
            || string.IsNullOrEmpty(key)
            || !new Totp(Base32Encoding.ToBytes(key)).VerifyTotp(clock.GetUtcNow().UtcDateTime, digits, out var step, TotpWindow)
            || !await ClaimTimeStepAsync(user, step))
        {
            await Users.AccessFailedAsync(user);
            return false;
        }
        return true;
    }

    /// <summary>Records <paramref name="step"/> as used; false when it (or a later one) was used already.</summary>
    private async Task<bool> ClaimTimeStepAsync(ParleyUser user, long step)
    {
        var last = await Users.GetAuthenticationTokenAsync(user, TotpTokenProvider, TotpLastStepToken);
        if (long.TryParse(last, NumberStyles.None, CultureInfo.InvariantCulture, out var used) && step <= used)
        {
            return false;
        }

        // The user's concurrency stamp is checked on update, so of two requests racing with one code only one stores it.
        var stored = await Users.SetAuthenticationTokenAsync(user, TotpTokenProvider, TotpLastStepToken, step.ToString(CultureInfo.InvariantCulture));
        return stored.Succeeded;
    }
}
