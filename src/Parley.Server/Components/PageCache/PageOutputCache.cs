using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Parley.Application.Talks;
using Parley.Server.Auth;
using Parley.Server.Localization;

namespace Parley.Server.Components.PageCache;

/// <summary>
/// Keeps the rendered HTML of the dashboard page (<see cref="CachedPaths"/>) per reader view and serves it until the
/// next write or <see cref="Lifetime"/>, whichever comes first. The key is everything the page varies on: the
/// reader's account, roles and party (what they may see, and the name in the top bar), the interface language and
/// the time zone the times are shown in. The antiforgery token of the page's forms is the one part that must be
/// the requester's own: it is cut out of the stored copy and a fresh one for this request is put back in.
/// </summary>
/// <remarks>
/// ASP.NET Core's output cache stores whole responses and refuses ones that set cookies or come from a signed-in
/// user; both are this page's normal case, hence a small cache of its own.
/// </remarks>
internal sealed class PageOutputCache(RequestDelegate next, ReadCache reads, IAntiforgery antiforgery, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);
    private static readonly string[] CachedPaths = ["/"];
    private const int MaxEntries = 2048;
    private const string TokenMarker = "\u0001parley-antiforgery\u0001";
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    public static bool Applies(HttpContext context) =>
        HttpMethods.IsGet(context.Request.Method) && !context.Request.QueryString.HasValue
        && Array.IndexOf(CachedPaths, context.Request.Path.Value) >= 0;

    public async Task InvokeAsync(HttpContext context)
    {
        var key = KeyOf(context);
        var generation = reads.Generation;
        var now = time.GetUtcNow();
        if (_entries.TryGetValue(key, out var hit) && hit.Generation == generation && hit.Expires > now)
        {
            await ServeAsync(context, hit);
            return;
        }

        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        buffer.Position = 0;
        if (context.Response.StatusCode == StatusCodes.Status200OK
            && context.Response.ContentType?.StartsWith("text/html", StringComparison.Ordinal) == true
            && _entries.Count < MaxEntries)
        {
            var html = Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
            var token = antiforgery.GetTokens(context).RequestToken;
            var template = token is { Length: > 0 } ? html.Replace(token, TokenMarker, StringComparison.Ordinal) : html;
            _entries[key] = new Entry(generation, now + Lifetime, context.Response.ContentType, template);
        }
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task ServeAsync(HttpContext context, Entry entry)
    {
        var html = entry.Html;
        if (html.Contains(TokenMarker, StringComparison.Ordinal))
        {
            var tokens = antiforgery.GetAndStoreTokens(context);
            html = html.Replace(TokenMarker, tokens.RequestToken, StringComparison.Ordinal);
        }
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = entry.ContentType;
        context.Response.Headers.CacheControl = "no-cache, no-store";
        await context.Response.WriteAsync(html, context.RequestAborted);
    }

    private static string KeyOf(HttpContext context)
    {
        var user = context.User;
        var viewer = user.ToViewer();
        var culture = context.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture.Name ?? "";
        var zone = context.Request.Cookies[UserClock.CookieName] is { Length: <= 64 } z ? z : "";
        var roles = string.Join(',', user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal));
        return string.Join('\u001f', context.Request.Path.Value, context.Request.Headers["blazor-enhanced-nav"].ToString(), culture, zone, viewer.UserId, viewer.Name, roles, viewer.Party,
            viewer.PassedSecondFactor ? "2" : "1", user.MustChangePassword() ? "p" : "");
    }

    private sealed record Entry(long Generation, DateTimeOffset Expires, string ContentType, string Html);
}
