namespace Parley.Server.Security;

/// <summary>
/// Headers on every response: no MIME sniffing, no referrer, no framing, a Content-Security-Policy whose script-src is
/// this origin only (the Blazor pages load their scripts as files; the one inline script Blazor would write, the import
/// map, is left out), <c>Cache-Control: no-store</c> on anything that has not set its own caching (static files and the
/// log's immutable tiles do), HSTS under HTTPS; and absolute redirects built from the Host header made relative.
/// </summary>
internal static class SecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public static IServiceCollection AddSecurityHeaders(this IServiceCollection services)
    {
        services.AddSingleton<PublicUrl>();
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = false;
        });
        return services;
    }

    public static IApplicationBuilder UseSecurityHeaders(this WebApplication app)
    {
        app.UseHsts(); // only answers HTTPS requests (and not localhost)
        return app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                if (string.IsNullOrEmpty(headers.CacheControl))
                {
                    headers.CacheControl = "no-store";
                }
                Rebase(context);
                return Task.CompletedTask;
            });
            await next(context);
        });
    }

    /// <summary>An absolute redirect the framework built from the Host header becomes a relative one (same origin, no Host).</summary>
    private static void Rebase(HttpContext context)
    {
        var location = context.Response.Headers.Location.ToString();
        if (location.Length == 0 || !Uri.TryCreate(location, UriKind.Absolute, out var target) || target.Scheme is not ("http" or "https"))
        {
            return;
        }
        var requestAuthority = context.Request.Host.Value;
        if (string.Equals(target.Authority, requestAuthority, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Headers.Location = target.PathAndQuery + target.Fragment;
        }
    }
}
