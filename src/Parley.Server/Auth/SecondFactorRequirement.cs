using Microsoft.AspNetCore.Authorization;

namespace Parley.Server.Auth;

/// <summary>Personal data: a humanitarian officer must have passed the second factor (TOTP) in this sign-in.</summary>
internal sealed class SecondFactorRequirement : AuthorizationHandler<SecondFactorRequirement>, IAuthorizationRequirement
{
    public const string Reason = "Humanitarian officers must pass the second factor (a TOTP code) before they read or change personal data: "
        + "sign in again with your authenticator code, or enrol one first (GET /api/account/totp, then POST /api/account/totp with a code; page /account/totp).";

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, SecondFactorRequirement requirement)
    {
        if (SecondFactor.Satisfied(context.User))
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, Reason));
        }
        return Task.CompletedTask;
    }
}
