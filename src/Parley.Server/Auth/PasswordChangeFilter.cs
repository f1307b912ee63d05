using Parley.Server.Api;

namespace Parley.Server.Auth;

/// <summary>A user still on a generated one-time password may sign in and read, but must change it before writing.</summary>
internal sealed class PasswordChangeFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.HttpContext.User.MustChangePassword())
        {
            return Problems.Forbidden("Change your one-time password first (POST /api/account/password).");
        }
        return await next(context);
    }
}
