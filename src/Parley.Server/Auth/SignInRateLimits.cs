using Microsoft.AspNetCore.HttpOverrides;

namespace Parley.Server.Auth;

/// <summary>
/// Where a client's address comes from for the sign-in limits (<see cref="SignInThrottle"/>): the connection, or —
/// behind a reverse proxy, with <c>Parley:TrustForwardedHeaders=true</c> — the proxy's X-Forwarded-For (and
/// X-Forwarded-Proto, so Secure cookies and HSTS follow the client's HTTPS).
/// </summary>
internal static class SignInRateLimits
{
    public static IServiceCollection AddSignInRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<SignInThrottle>();
        if (configuration.GetValue("Parley:TrustForwardedHeaders", false))
        {
            services.Configure<ForwardedHeadersOptions>(o =>
            {
                o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
                // The operator vouches for the proxy in front; without this setting the headers are ignored.
                o.KnownIPNetworks.Clear();
                o.KnownProxies.Clear();
            });
        }
        return services;
    }

    public static IApplicationBuilder UseSignInRateLimits(this WebApplication app) =>
        app.Configuration.GetValue("Parley:TrustForwardedHeaders", false) ? app.UseForwardedHeaders() : app;

    public static string Address(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
