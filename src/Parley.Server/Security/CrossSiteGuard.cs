using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Net.Http.Headers;

namespace Parley.Server.Security;

/// <summary>
/// A page on another site can make the browser POST with the user's cookies only as a "simple" request: no body, or a
/// form, multipart or text/plain body (anything else needs a CORS preflight, which Parley never grants). So every POST
/// must either have a non-simple Content-Type (JSON, CSV, XLSX, a signed note as application/octet-stream…) or carry a
/// valid antiforgery token in the <c>RequestVerificationToken</c> header (from GET /api/account/antiforgery). Endpoints
/// that validate a form's antiforgery token themselves (the sign-in forms, Blazor forms) are left to that check, and so
/// are requests without the sign-in cookie (they carry no one's authority: a party's cosignature is authenticated by
/// its signature) and Blazor's own circuit transport under /_blazor.
/// </summary>
internal static class CrossSiteGuard
{
    public const string Reason = "A POST without a JSON (or other non-form, non-text/plain) body must carry the antiforgery token: "
        + "GET /api/account/antiforgery, then send its token in the RequestVerificationToken header.";

    private static readonly string[] SimpleTypes = ["application/x-www-form-urlencoded", "multipart/form-data", "text/plain"];

    public static IApplicationBuilder UseCrossSiteGuard(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (!HttpMethods.IsPost(context.Request.Method) || context.User.Identity?.IsAuthenticated != true || !IsSimple(context.Request)
            || context.Request.Path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase)
            || context.GetEndpoint()?.Metadata.GetMetadata<IAntiforgeryMetadata>() is { RequiresValidation: true }
            || await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            await next(context);
            return;
        }
        await TypedResults.Problem(Reason, statusCode: StatusCodes.Status403Forbidden, title: "Cross-site request refused").ExecuteAsync(context);
    });

    private static bool IsSimple(HttpRequest request) =>
        !MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        || SimpleTypes.Contains(type.MediaType.Value, StringComparer.OrdinalIgnoreCase);
}
