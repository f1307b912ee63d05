using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Parley.Server.Components.PageCache;
using Parley.Server.Localization;

namespace Parley.Server.Components;

/// <summary>Registers the Blazor pages, their localisation and their small form endpoints.</summary>
internal static class PagesSetup
{
    public static WebApplicationBuilder AddParleyPages(this WebApplicationBuilder builder)
    {
        // Serves wwwroot and the scoped CSS bundle from the build output in any environment (dotnet run
        // needs no launch profile); a published app has them under wwwroot and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        var services = builder.Services;
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddCascadingAuthenticationState();
        services.AddLocalization();
        services.AddHttpContextAccessor();
        services.AddScoped<UserClock>();
        services.TryAddSingleton(TimeProvider.System);
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture("en");
            options.SupportedCultures = [.. UiCultures.Supported];
            options.SupportedUICultures = [.. UiCultures.Supported];
            // Only the reader's explicit choice and the browser's languages decide; no query string.
            options.RequestCultureProviders =
                [new CookieRequestCultureProvider(), new AcceptLanguageHeaderRequestCultureProvider()];
        });
        return builder;
    }

    public static WebApplication MapParleyPages(this WebApplication app)
    {
        app.UseRequestLocalization();
        app.MapStaticAssets();
        app.MapPost("/culture", SetCulture).ExcludeFromDescription();
        app.UseWhen(PageOutputCache.Applies, cached => cached.UseMiddleware<PageOutputCache>());
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    private static IResult SetCulture(HttpContext context, [FromForm] string culture, [FromForm] string? returnUrl)
    {
        if (!UiCultures.IsSupported(culture))
        {
            return TypedResults.Problem($"Unknown interface language '{culture}'.", statusCode: StatusCodes.Status400BadRequest);
        }
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = context.Request.IsHttps });
        return Security.ReturnUrls.HasControl(returnUrl) ? Security.ReturnUrls.Refused() : TypedResults.LocalRedirect(Security.ReturnUrls.Or(returnUrl));
    }
}
