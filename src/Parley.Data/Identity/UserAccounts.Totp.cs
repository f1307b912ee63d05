using Microsoft.AspNetCore.Identity;

namespace Parley.Data.Identity;

public sealed partial class UserAccounts
{
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
        await Users.SetTwoFactorEnabledAsync(user, false);
        await Users.ResetAuthenticatorKeyAsync(user);
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
        if (await Users.GetTwoFactorEnabledAsync(user))
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
        if (!await VerifyCodeAsync(user, code))
        {
            return false;
        }
        await Users.SetTwoFactorEnabledAsync(user, true);
        return true;
    }

    /// <summary>Checks a 6-digit code against the account's secret (a step either side allowed for clock drift).</summary>
    public async Task<bool> VerifyCodeAsync(ParleyUser user, string? code)
    {
        ArgumentNullException.ThrowIfNull(user);
        var digits = new string((code ?? "").Where(char.IsAsciiDigit).ToArray());
        if (digits.Length != 6 || !await Users.VerifyTwoFactorTokenAsync(user, TokenOptions.DefaultAuthenticatorProvider, digits))
        {
            await Users.AccessFailedAsync(user);
            return false;
        }
        return true;
    }
}
