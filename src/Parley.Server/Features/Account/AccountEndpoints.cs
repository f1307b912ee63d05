using Microsoft.AspNetCore.Antiforgery;
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
/// Sign-in and out as JSON (/api/account/…) and as HTML form posts (/account/login, /account/logout) that the
/// sign-in page can post to; form posts are checked against antiforgery tokens.
/// </summary>
public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccount(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/account").WithTags("Account");
        api.MapPost("/login", LoginAsync).WithName("Login");
        api.MapPost("/logout", LogoutAsync).WithName("Logout");
        api.MapGet("/me", Me).WithName("Me");
        api.MapPost("/password", ChangePasswordAsync).RequireAuthorization().WithName("ChangePassword");
        api.MapGet("/antiforgery", Antiforgery).WithName("AntiforgeryToken");

        var forms = app.MapGroup("/account").WithTags("Account").ExcludeFromDescription();
        forms.MapPost("/login", FormLoginAsync);
        forms.MapPost("/logout", FormLogoutAsync);
        app.MapTotp();
        return app;
    }

    private static async Task<Results<Ok<Me>, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, TwoStepSignIn signIn, UserAccounts accounts)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Invalid(string.IsNullOrWhiteSpace(request.Email) ? "email" : "password", "is required.");
        }
        var (outcome, user) = await signIn.SignInAsync(request.Email, request.Password, request.Code, request.Remember);
        return outcome switch
        {
            TwoStepSignIn.Outcome.SignedIn => TypedResults.Ok(await MeAsync(accounts, user!, request.Code is not null)),
            TwoStepSignIn.Outcome.LockedOut => TypedResults.Problem("Too many failed attempts from this address: signing in to this account from here is locked for a while.", statusCode: StatusCodes.Status403Forbidden, title: "Account locked"),
            TwoStepSignIn.Outcome.Throttled => TypedResults.Problem("Too many sign-in attempts from this address or for this account: wait a minute.", statusCode: StatusCodes.Status429TooManyRequests, title: "Too many attempts"),
            TwoStepSignIn.Outcome.CodeRequired => TypedResults.Problem("This account has an authenticator: send the 6-digit code it shows now as \"code\".", statusCode: StatusCodes.Status401Unauthorized,
                title: "Authenticator code required", extensions: new Dictionary<string, object?> { ["secondFactorRequired"] = true }),
            TwoStepSignIn.Outcome.CodeWrong => TypedResults.Problem("The authenticator code is wrong or expired.", statusCode: StatusCodes.Status401Unauthorized,
                title: "Sign-in failed", extensions: new Dictionary<string, object?> { ["secondFactorRequired"] = true }),
            _ => TypedResults.Problem("Wrong email or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed"),
        };
    }

    private static async Task<Me> MeAsync(UserAccounts accounts, ParleyUser user, bool secondFactor)
    {
        var viewer = await accounts.ViewerForAsync(user);
        return new Me(true, user.Email, viewer.Role.ToString().ToLowerInvariant(), user.Party, user.MustChangePassword, secondFactor && user.TwoFactorEnabled);
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<ParleyUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<Me> Me(HttpContext context)
    {
        var viewer = context.ToViewer();
        return TypedResults.Ok(new Me(viewer.UserId is not null, viewer.Name, viewer.Role.ToString().ToLowerInvariant(), viewer.Party, context.User.MustChangePassword(), SecondFactor.Passed(context.User)));
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext context, UserManager<ParleyUser> users, SignInManager<ParleyUser> signIn, UserAccounts accounts)
    {
        var user = await users.GetUserAsync(context.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }
        var result = await accounts.ChangePasswordAsync(user, request.CurrentPassword ?? "", request.NewPassword ?? "");
        if (!result.Succeeded)
        {
            return Problems.Invalid(result.Errors
                .GroupBy(e => e.Code == "PasswordMismatch" ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

    private static Ok<AntiforgeryTokens> Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryTokens(tokens.RequestToken!, tokens.FormFieldName, tokens.HeaderName));
    }

    private static async Task<IResult> FormLoginAsync([FromForm] string? email, [FromForm] string? password, [FromForm] string? code, [FromForm] bool? remember, [FromForm] string? returnUrl, TwoStepSignIn signIn)
    {
        var back = ReturnUrls.Or(returnUrl);
        var (outcome, user) = await signIn.SignInAsync(email ?? "", password ?? "", code, remember ?? false);
        if (ReturnUrls.HasControl(returnUrl))
        {
            return ReturnUrls.Refused(); // the sign-in (if it succeeded) stands: its cookie goes out with the 400
        }
        if (outcome == TwoStepSignIn.Outcome.SignedIn)
        {
            return TypedResults.LocalRedirect(user!.MustChangePassword ? "/account/password?returnUrl=" + Uri.EscapeDataString(back) : back);
        }
        var error = outcome switch
        {
            TwoStepSignIn.Outcome.LockedOut => "locked",
            TwoStepSignIn.Outcome.Throttled => "throttled",
            TwoStepSignIn.Outcome.CodeRequired => "code",
            TwoStepSignIn.Outcome.CodeWrong => "wrongcode",
            _ => "invalid",
        };
        return TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
    }

    private static async Task<IResult> FormLogoutAsync([FromForm] string? returnUrl, SignInManager<ParleyUser> signIn)
    {
        await signIn.SignOutAsync();
        return ReturnUrls.HasControl(returnUrl) ? ReturnUrls.Refused() : TypedResults.LocalRedirect(ReturnUrls.Or(returnUrl));
    }
}
