using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Parley.Data.Identity;
using Parley.Application.Users;

namespace Parley.Server.Auth;

/// <summary>
/// Password, then — for an account with an authenticator — the TOTP code, in one request, so the JSON API and the
/// sign-in form both take <c>code</c> beside the password. An unknown e-mail costs the same password hash as a known
/// one, and failures count per account and client address (<see cref="SignInThrottle"/>), never against the account as a whole.
/// </summary>
internal sealed class TwoStepSignIn(SignInManager<ParleyUser> signIn, UserAccounts accounts, SignInThrottle throttle, IHttpContextAccessor http)
{
    // A hash in Identity's current format (PBKDF2, same iteration count), so checking against it costs what checking a real one does.
    private static readonly Lazy<string> DummyHash = new(() => new PasswordHasher<ParleyUser>().HashPassword(new ParleyUser(), Guid.NewGuid().ToString()));

    public enum Outcome
    {
        SignedIn,
        Failed,
        LockedOut,
        CodeRequired,
        CodeWrong,
        Throttled,
    }

    public async Task<(Outcome Outcome, ParleyUser? User)> SignInAsync(string email, string password, string? code, bool remember)
    {
        var account = SignInThrottle.Account(email);
        var address = http.HttpContext is { } context ? SignInRateLimits.Address(context) : "local";
        if (throttle.IsLockedOut(account, address))
        {
            return (Outcome.LockedOut, null);
        }
        if (!throttle.TryAttempt(account, address))
        {
            return (Outcome.Throttled, null);
        }
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            users.PasswordHasher.VerifyHashedPassword(new ParleyUser(), DummyHash.Value, password);
            throttle.Failed(account, address);
            return (Outcome.Failed, null);
        }
        // Identity's own lockout stays for wrong authenticator codes (only a password holder can cause those).
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: false);
        if (check.IsLockedOut)
        {
            return (Outcome.LockedOut, user);
        }
        if (!check.Succeeded)
        {
            throttle.Failed(account, address);
            return (Outcome.Failed, user);
        }
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            throttle.Succeeded(account, address);
            await signIn.SignInWithClaimsAsync(user, remember, [new Claim(SecondFactor.MethodClaim, "pwd")]);
            return (Outcome.SignedIn, user);
        }
        if (string.IsNullOrWhiteSpace(code))
        {
            return (Outcome.CodeRequired, user);
        }
        if (!await accounts.VerifyCodeAsync(user, code))
        {
            throttle.Failed(account, address);
            return (await users.IsLockedOutAsync(user) ? Outcome.LockedOut : Outcome.CodeWrong, user);
        }
        throttle.Succeeded(account, address);
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInWithClaimsAsync(user, remember, [SecondFactor.Claim()]);
        return (Outcome.SignedIn, user);
    }
}
