namespace Parley.Server.Auth;

/// <summary>
/// One policy for every endpoint and page: a caller still on a one-time password reaches nothing but the change itself,
/// sign-out, its own status (<c>GET /api/account/me</c>) and the static files the change page is drawn with. API callers
/// get a problem saying what to do; pages go to the change page and come back afterwards.
/// </summary>
internal static class OneTimePasswordGate
{
    public const string Reason = "Change your one-time password first (POST /api/account/password, or the page /account/password); until then only that, sign-out and GET /api/account/me answer.";

    private static readonly string[] StaticExtensions = [".css", ".js", ".mjs", ".map", ".ico", ".png", ".svg", ".woff", ".woff2"];

    public static IApplicationBuilder UseOneTimePasswordGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!context.User.MustChangePassword() || Allowed(context.Request))
        {
            await next(context);
            return;
        }
        if (!ParleyAuthServices.IsApi(context.Request) && HttpMethods.IsGet(context.Request.Method) && !context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect("/account/password?returnUrl=" + Uri.EscapeDataString(context.Request.Path + context.Request.QueryString));
            return;
        }
        await TypedResults.Problem(Reason, statusCode: StatusCodes.Status403Forbidden, title: "Password change required",
            extensions: new Dictionary<string, object?> { ["passwordChangeRequired"] = true }).ExecuteAsync(context);
    });

    private static bool Allowed(HttpRequest request)
    {
        var path = request.Path.Value ?? "";
        return path.ToLowerInvariant() switch
        {
            "/api/account/password" or "/account/password" or "/api/account/logout" or "/account/logout" => true,
            "/api/account/me" => HttpMethods.IsGet(request.Method),
            _ => HttpMethods.IsGet(request.Method) && IsStaticFile(path),
        };
    }

    // Only public files of the site's own look: nothing under the API, the log or the export routes has these endings.
    private static bool IsStaticFile(string path) =>
        !path.StartsWith("/api/", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWith("/log/", StringComparison.OrdinalIgnoreCase)
        && StaticExtensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));
}
