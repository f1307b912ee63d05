using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Parley.Data.Identity;
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

namespace Parley.Server.Auth;

/// <summary>
/// Password, then — for an account with an authenticator — the TOTP code, in one request, so the JSON API and the
/// sign-in form both take <c>code</c> beside the password. A wrong code counts towards lockout like a wrong password.
/// </summary>
internal sealed class TwoStepSignIn(SignInManager<ParleyUser> signIn, UserAccounts accounts)
{
    public enum Outcome
    {
        SignedIn,
        Failed,
        LockedOut,
        CodeRequired,
        CodeWrong,
    }

    public async Task<(Outcome Outcome, ParleyUser? User)> SignInAsync(string email, string password, string? code, bool remember)
    {
        var users = signIn.UserManager;
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return (Outcome.Failed, null);
        }
        var check = await signIn.CheckPasswordSignInAsync(user, password, lockoutOnFailure: true);
        if (check.IsLockedOut)
        {
            return (Outcome.LockedOut, user);
        }
        if (!check.Succeeded)
        {
            return (Outcome.Failed, user);
        }
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            await signIn.SignInWithClaimsAsync(user, remember, [new Claim(SecondFactor.MethodClaim, "pwd")]);
            return (Outcome.SignedIn, user);
        }
        if (string.IsNullOrWhiteSpace(code))
        {
            return (Outcome.CodeRequired, user);
        }
        if (!await accounts.VerifyCodeAsync(user, code))
        {
            return (await users.IsLockedOutAsync(user) ? Outcome.LockedOut : Outcome.CodeWrong, user);
        }
        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInWithClaimsAsync(user, remember, [SecondFactor.Claim()]);
        return (Outcome.SignedIn, user);
    }
}
