using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Parley.Data.Identity;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Server.Security;
using Parley.Application.Users;

namespace Parley.Server.Features.Account;

/// <summary>
/// Enrolling an authenticator (TOTP, RFC 6238): the secret is shown until a code proves the app has it; then the
/// second factor is on, and this sign-in counts as having passed it.
/// </summary>
internal static class TotpEndpoints
{
    public static IEndpointRouteBuilder MapTotp(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/account/totp").WithTags("Account").RequireAuthorization();
        api.MapGet("/", EnrolmentAsync).WithName("TotpEnrolment").WithSummary("The secret to enrol (until the second factor is on).");
        api.MapPost("/", ConfirmAsync).WithName("TotpConfirm").WithSummary("Turns the second factor on with a code from the enrolled app.");
        app.MapPost("/account/totp", FormConfirmAsync).RequireAuthorization().ExcludeFromDescription();
        return app;
    }

    private static async Task<Results<Ok<TotpEnrolment>, UnauthorizedHttpResult>> EnrolmentAsync(HttpContext context, UserManager<ParleyUser> users, UserAccounts accounts)
    {
        if (await users.GetUserAsync(context.User) is not { } user)
        {
            return TypedResults.Unauthorized();
        }
        var pending = await accounts.PendingAuthenticatorAsync(user);
        return TypedResults.Ok(pending is null
            ? new TotpEnrolment(true, null, null, null)
            : new TotpEnrolment(false, pending.SharedKey, pending.Uri, TotpQr.Svg(pending.Uri)));
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> ConfirmAsync(TotpConfirmRequest request, HttpContext context, UserManager<ParleyUser> users, SignInManager<ParleyUser> signIn, UserAccounts accounts) =>
        await TryConfirmAsync(request.Code, context, users, signIn, accounts) switch
        {
            null => TypedResults.Unauthorized(),
            true => TypedResults.NoContent(),
            false => Problems.Invalid("code", "The code does not match the authenticator secret (or the second factor is already on)."),
        };

    private static async Task<IResult> FormConfirmAsync([FromForm] string? code, [FromForm] string? returnUrl, HttpContext context, UserManager<ParleyUser> users, SignInManager<ParleyUser> signIn, UserAccounts accounts)
    {
        if (ReturnUrls.HasControl(returnUrl))
        {
            return ReturnUrls.Refused();
        }
        var back = ReturnUrls.Or(returnUrl);
        return await TryConfirmAsync(code, context, users, signIn, accounts) == true
            ? TypedResults.LocalRedirect(back)
            : TypedResults.LocalRedirect("/account/totp?error=wrongcode&returnUrl=" + Uri.EscapeDataString(back));
    }

    private static async Task<bool?> TryConfirmAsync(string? code, HttpContext context, UserManager<ParleyUser> users, SignInManager<ParleyUser> signIn, UserAccounts accounts)
    {
        if (await users.GetUserAsync(context.User) is not { } user)
        {
            return null;
        }
        if (await users.GetTwoFactorEnabledAsync(user) || !await accounts.ConfirmAuthenticatorAsync(user, code ?? ""))
        {
            return false;
        }
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [SecondFactor.Claim()]);
        return true;
    }
}
