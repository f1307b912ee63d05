using System.Collections.Concurrent;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
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
internal sealed class PageOutputCache(RequestDelegate next, ReadCache reads, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(2);
    private static readonly string[] CachedPaths = ["/"];
    private const int MaxEntries = 2048;
    private const int MaxTokens = 4096;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    // A request token stays valid for the cookie token and the user it was made for, so a reader who comes back
    // with the same antiforgery cookie gets the same one: minting costs two Data Protection operations per request.
    private readonly ConcurrentDictionary<string, string> _tokens = new(StringComparer.Ordinal);

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
            var rendered = antiforgery.GetTokens(context);
            var token = rendered.RequestToken;
            // The token the page was rendered with belongs to this reader's cookie (a new one if it set one): serve it again.
            if (token is not null && (rendered.CookieToken ?? CookieOf(context)) is { } cookie)
            {
                Remember(TokenKey(cookie, context), token);
            }
            _entries[key] = Entry.Of(generation, now + Lifetime, context.Response.ContentType, html, token);
        }
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task ServeAsync(HttpContext context, Entry entry)
    {
        var token = entry.Parts.Length > 1 ? Encoding.UTF8.GetBytes(RequestToken(context)) : [];
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = entry.ContentType;
        context.Response.Headers.CacheControl = "no-cache, no-store";
        context.Response.ContentLength = entry.Parts.Sum(p => (long)p.Length) + (long)token.Length * (entry.Parts.Length - 1);
        var body = context.Response.BodyWriter;
        for (var i = 0; i < entry.Parts.Length; i++)
        {
            if (i > 0)
            {
                await body.WriteAsync(token, context.RequestAborted);
            }
            await body.WriteAsync(entry.Parts[i], context.RequestAborted);
        }
    }

    private string RequestToken(HttpContext context)
    {
        if (CookieOf(context) is not { } cookie)
        {
            return antiforgery.GetAndStoreTokens(context).RequestToken!;
        }
        var key = TokenKey(cookie, context);
        if (_tokens.TryGetValue(key, out var known))
        {
            return known;
        }
        var tokens = antiforgery.GetAndStoreTokens(context);
        // A new cookie token means the one sent was not accepted: nothing to remember under it.
        if (tokens.CookieToken is null && tokens.RequestToken is { } made)
        {
            Remember(key, made);
        }
        return tokens.RequestToken!;
    }

    private string? CookieOf(HttpContext context) =>
        antiforgeryOptions.Value.Cookie.Name is { } name ? context.Request.Cookies[name] : null;

    // A request token is bound to the cookie token and to the user's identity, so both make the key.
    private static string TokenKey(string cookie, HttpContext context) =>
        cookie + '\u001f' + string.Join('\u001f', context.User.Claims.Select(c => c.Type + "=" + c.Value));

    private void Remember(string key, string token)
    {
        if (_tokens.Count >= MaxTokens)
        {
            _tokens.Clear();
        }
        _tokens[key] = token;
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

    /// <summary>The page as UTF-8, cut where the requester's antiforgery token goes (every form on the page has it).</summary>
    private sealed record Entry(long Generation, DateTimeOffset Expires, string ContentType, byte[][] Parts)
    {
        public static Entry Of(long generation, DateTimeOffset expires, string contentType, string html, string? token)
        {
            var parts = token is { Length: > 0 } ? html.Split(token, StringSplitOptions.None) : [html];
            return new Entry(generation, expires, contentType, [.. parts.Select(Encoding.UTF8.GetBytes)]);
        }
    }
}
