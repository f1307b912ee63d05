using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Parley.Server.Auth;

/// <summary>
/// A refusal for want of the second factor says so: API callers get an RFC 9457 problem naming what to do, pages
/// go to the enrolment page. Every other outcome is the default (401/403, or the sign-in redirect).
/// </summary>
internal sealed class ProblemAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var secondFactor = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Handler is SecondFactorRequirement) == true;
        if (!secondFactor)
        {
            await _default.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        if (!ParleyAuthServices.IsApi(context.Request))
        {
            context.Response.Redirect("/account/totp?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
            return;
        }
        await TypedResults.Problem(SecondFactorRequirement.Reason, statusCode: StatusCodes.Status403Forbidden, title: "Second factor required",
            extensions: new Dictionary<string, object?> { ["secondFactorRequired"] = true }).ExecuteAsync(context);
    }
}
