using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Parley.Data;

namespace Parley.Server.Auth;

/// <summary>
/// Sign-in sessions held on the server, so that signing out ends a session even for whoever kept a copy of its cookie.
/// Each sign-in gets a random session id, kept inside the (encrypted) cookie ticket and as a row of Identity's token
/// table (no schema change); every request's cookie must name a row that still exists, and sign-out deletes it.
/// A row found live is remembered for <see cref="Recheck"/> so that a signed-in reader's every page view is not a
/// database query; signing out here forgets it at once, a sign-out on another instance of the server reaches this
/// one within <see cref="Recheck"/>.
/// </summary>
internal static class ServerSessions
{
    /// <summary>The session id as a claim too, so sign-out finds it on the request's user without reading the cookie again.</summary>
    public const string Claim = "parley:sid";

    private const string Item = "parley.sid";
    private const string Provider = "Parley.Session";

    // Rows older than this are cleared at the holder's next sign-in; a cookie never lives longer (sliding 14 days).
    private static readonly TimeSpan KeepFor = TimeSpan.FromDays(30);

    public static readonly TimeSpan Recheck = TimeSpan.FromSeconds(5);
    private const int MaxRemembered = 65_536;
    private static readonly ConcurrentDictionary<string, long> Live = new(StringComparer.Ordinal);

    public static void Attach(CookieAuthenticationEvents events)
    {
        var validate = events.OnValidatePrincipal;
        events.OnValidatePrincipal = async context =>
        {
            if (!await IsLiveAsync(context.HttpContext, context.Principal, context.Properties))
            {
                context.RejectPrincipal();
                await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
                return;
            }
            await validate(context);
        };
        var signingIn = events.OnSigningIn;
        events.OnSigningIn = async context =>
        {
            await StartAsync(context.HttpContext, context.Principal, context.Properties);
            await signingIn(context);
        };
        var signingOut = events.OnSigningOut;
        events.OnSigningOut = async context =>
        {
            await EndAsync(context.HttpContext);
            await signingOut(context);
        };
    }

    private static async Task StartAsync(HttpContext http, ClaimsPrincipal? principal, AuthenticationProperties properties)
    {
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return;
        }
        if (properties.Items.TryGetValue(Item, out var existing) && existing is not null)
        {
            AddClaim(principal!, existing); // a refresh of a live session keeps its id
            return;
        }
        var db = http.RequestServices.GetRequiredService<ParleyDbContext>();
        var now = http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        var old = now - KeepFor;
        var stale = (await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider).ToListAsync())
            .Where(t => !DateTimeOffset.TryParse(t.Value, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var started) || started < old);
        db.UserTokens.RemoveRange(stale);
        var id = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        db.UserTokens.Add(new IdentityUserToken<string> { UserId = userId, LoginProvider = Provider, Name = id, Value = now.ToString("O", CultureInfo.InvariantCulture) });
        await db.SaveChangesAsync();
        properties.Items[Item] = id;
        AddClaim(principal!, id);
    }

    private static void AddClaim(ClaimsPrincipal principal, string id)
    {
        if (!principal.HasClaim(c => c.Type == Claim) && principal.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new System.Security.Claims.Claim(Claim, id));
        }
    }

    private static async Task<bool> IsLiveAsync(HttpContext http, ClaimsPrincipal? principal, AuthenticationProperties properties)
    {
        var userId = principal?.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null || !properties.Items.TryGetValue(Item, out var id) || id is null)
        {
            return false;
        }
        var key = userId + '\n' + id;
        var now = Environment.TickCount64;
        if (Live.TryGetValue(key, out var until) && until > now)
        {
            return true;
        }
        var db = http.RequestServices.GetRequiredService<ParleyDbContext>();
        var live = await db.UserTokens.AsNoTracking().AnyAsync(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == id);
        if (live)
        {
            if (Live.Count >= MaxRemembered)
            {
                Live.Clear();
            }
            Live[key] = now + (long)Recheck.TotalMilliseconds;
        }
        else
        {
            Live.TryRemove(key, out _);
        }
        return live;
    }

    // Reads the request's user, never the cookie again: a sign-out can run inside the cookie's own validation.
    private static async Task EndAsync(HttpContext http)
    {
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var id = http.User.FindFirstValue(Claim);
        if (userId is null || id is null)
        {
            return;
        }
        Live.TryRemove(userId + '\n' + id, out _);
        var db = http.RequestServices.GetRequiredService<ParleyDbContext>();
        await db.UserTokens.Where(t => t.UserId == userId && t.LoginProvider == Provider && t.Name == id).ExecuteDeleteAsync();
    }
}
