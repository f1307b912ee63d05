using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Identity;

namespace Parley.Server.Auth;

internal static class ParleyAuthServices
{
    /// <summary>
    /// ASP.NET Core Identity with lockout on the Parley database, cookie sign-in shared by the API and the Blazor
    /// pages, data-protection keys kept in the data directory (so cookies and forms survive a restart), roles.
    /// </summary>
    public static IServiceCollection AddParleyAuth(this IServiceCollection services, IConfiguration configuration)
    {
        var options = ParleyDataOptions.From(configuration);
        services.AddDataProtection()
            .PersistKeysToFileSystem(Directory.CreateDirectory(options.KeysDirectory))
            .SetApplicationName("Parley");
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<ParleyUser>(o => o.SignIn.RequireConfirmedAccount = false)
            .AddParleyIdentityStores()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<ParleyClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "parley.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // Secure whenever the request came over HTTPS (directly, or per X-Forwarded-Proto from a trusted proxy).
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.LoginPath = "/account/login";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.SlidingExpiration = true;
            // API callers get status codes, not a redirect to the sign-in page.
            cookie.Events.OnRedirectToLogin = context => RedirectOrStatus(context, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => RedirectOrStatus(context, StatusCodes.Status403Forbidden);
            ServerSessions.Attach(cookie.Events);
        });
        services.AddSignInRateLimits(configuration);
        services.AddAuthorizationBuilder()
            .AddPolicy(ParleyPolicies.Mediator, p => p.RequireRole(ParleyPolicies.MediatorRoles))
            .AddPolicy(ParleyPolicies.Writer, p => p.RequireRole(ParleyPolicies.WriterRoles))
            .AddPolicy(ParleyPolicies.Administrator, p => p.RequireRole(Domain.Access.ParleyRoles.Administrator))
            .AddPolicy(ParleyPolicies.PersonalData, p => p.RequireAuthenticatedUser().AddRequirements(new SecondFactorRequirement()));
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, SecondFactorRequirement>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ProblemAuthorizationResultHandler>();
        // Identity re-issues the cookie when it re-checks the security stamp; the second factor passed at sign-in must survive that.
        services.Configure<SecurityStampValidatorOptions>(o => o.OnRefreshingPrincipal = context =>
        {
            var identity = context.NewPrincipal?.Identity as System.Security.Claims.ClaimsIdentity;
            if (SecondFactor.Passed(context.CurrentPrincipal) && !SecondFactor.Passed(context.NewPrincipal))
            {
                identity?.AddClaim(SecondFactor.Claim());
            }
            if (context.CurrentPrincipal?.FindFirst(ServerSessions.Claim) is { } session && context.NewPrincipal?.HasClaim(c => c.Type == ServerSessions.Claim) != true)
            {
                identity?.AddClaim(new System.Security.Claims.Claim(ServerSessions.Claim, session.Value));
            }
            return Task.CompletedTask;
        });
        services.AddScoped<TwoStepSignIn>();
        return services;
    }

    private static Task RedirectOrStatus(Microsoft.AspNetCore.Authentication.RedirectContext<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions> context, int status)
    {
        if (IsApi(context.Request))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }

    internal static bool IsApi(HttpRequest request) =>
        request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/log", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/calendar.ics", StringComparison.OrdinalIgnoreCase)
        || request.Path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        || request.Headers.Accept.Any(a => a?.Contains("application/json", StringComparison.OrdinalIgnoreCase) == true);
}
