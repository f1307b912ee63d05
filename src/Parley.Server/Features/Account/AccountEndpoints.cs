using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using SignInResult = Microsoft.AspNetCore.Identity.SignInResult;
using Parley.Data.Identity;
using Parley.Server.Api;
using Parley.Server.Auth;

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
        return app;
    }

    private static async Task<Results<Ok<Me>, ProblemHttpResult, ValidationProblem>> LoginAsync(
        LoginRequest request, SignInManager<ParleyUser> signIn, UserAccounts accounts)
    {
        if (string.IsNullOrWhiteSpace(request.Email) || string.IsNullOrEmpty(request.Password))
        {
            return Problems.Invalid(string.IsNullOrWhiteSpace(request.Email) ? "email" : "password", "is required.");
        }
        var (outcome, user) = await SignInAsync(signIn, request.Email, request.Password, request.Remember);
        if (outcome.Succeeded && user is not null)
        {
            var viewer = await accounts.ViewerForAsync(user);
            return TypedResults.Ok(new Me(true, user.Email, viewer.Role.ToString().ToLowerInvariant(), user.Party, user.MustChangePassword));
        }
        return outcome.IsLockedOut
            ? TypedResults.Problem("Too many failed attempts: the account is locked for a while.", statusCode: StatusCodes.Status403Forbidden, title: "Account locked")
            : TypedResults.Problem("Wrong email or password.", statusCode: StatusCodes.Status401Unauthorized, title: "Sign-in failed");
    }

    private static async Task<NoContent> LogoutAsync(SignInManager<ParleyUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Ok<Me> Me(HttpContext context)
    {
        var viewer = context.ToViewer();
        return TypedResults.Ok(new Me(viewer.UserId is not null, viewer.Name, viewer.Role.ToString().ToLowerInvariant(), viewer.Party, context.User.MustChangePassword()));
    }

    private static async Task<Results<NoContent, ValidationProblem, UnauthorizedHttpResult>> ChangePasswordAsync(
        ChangePasswordRequest request, HttpContext context, UserManager<ParleyUser> users, SignInManager<ParleyUser> signIn)
    {
        var user = await users.GetUserAsync(context.User);
        if (user is null)
        {
            return TypedResults.Unauthorized();
        }
        var result = await users.ChangePasswordAsync(user, request.CurrentPassword ?? "", request.NewPassword ?? "");
        if (!result.Succeeded)
        {
            return Problems.Invalid(result.Errors
                .GroupBy(e => e.Code == "PasswordMismatch" ? "currentPassword" : "newPassword")
                .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }
        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        await signIn.RefreshSignInAsync(user);
        return TypedResults.NoContent();
    }

    private static Ok<AntiforgeryTokens> Antiforgery(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        return TypedResults.Ok(new AntiforgeryTokens(tokens.RequestToken!, tokens.FormFieldName, tokens.HeaderName));
    }

    private static async Task<RedirectHttpResult> FormLoginAsync([FromForm] string? email, [FromForm] string? password, [FromForm] bool? remember, [FromForm] string? returnUrl, SignInManager<ParleyUser> signIn)
    {
        var back = IsLocal(returnUrl) ? returnUrl! : "/";
        var (outcome, user) = await SignInAsync(signIn, email ?? "", password ?? "", remember ?? false);
        if (outcome.Succeeded)
        {
            return TypedResults.LocalRedirect(user!.MustChangePassword ? "/account/password?returnUrl=" + Uri.EscapeDataString(back) : back);
        }
        var error = outcome.IsLockedOut ? "locked" : "invalid";
        return TypedResults.LocalRedirect($"/account/login?error={error}&returnUrl={Uri.EscapeDataString(back)}");
    }

    private static async Task<RedirectHttpResult> FormLogoutAsync([FromForm] string? returnUrl, SignInManager<ParleyUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.LocalRedirect(IsLocal(returnUrl) ? returnUrl! : "/");
    }

    private static async Task<(SignInResult Outcome, ParleyUser? User)> SignInAsync(SignInManager<ParleyUser> signIn, string email, string password, bool remember)
    {
        var user = await signIn.UserManager.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            return (SignInResult.Failed, null);
        }
        return (await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: true), user);
    }

    private static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));
}
