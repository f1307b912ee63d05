using System.Security.Claims;
using Parley.Domain.Access;

namespace Parley.Server.Components;

/// <summary>The <see cref="Viewer"/> a signed-in user's claims describe; anyone else reads as anonymous.</summary>
internal static class PageViewer
{
    public const string PartyClaim = "parley:party";

    public static Viewer From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Viewer.Anonymous;
        }
        var role = user.FindAll(ClaimTypes.Role)
            .Select(c => ParleyRoles.TryParse(c.Value, out var r) ? r : ParleyRole.Anonymous)
            .DefaultIfEmpty(ParleyRole.Observer)
            .Max();
        var party = user.FindFirst(PartyClaim)?.Value;
        return new Viewer(role == ParleyRole.Anonymous ? ParleyRole.Observer : role, party, user.FindFirst(ClaimTypes.NameIdentifier)?.Value, user.Identity.Name);
    }
}
