using System.Security.Claims;
using Parley.Domain.Access;

namespace Parley.Server.Auth;

/// <summary>Turns the signed-in principal into the <see cref="Viewer"/> the readers and the writer take.</summary>
public static class ViewerClaims
{
    public static Viewer ToViewer(this ClaimsPrincipal? principal)
    {
        if (principal?.Identity?.IsAuthenticated != true)
        {
            return Viewer.Anonymous;
        }
        var role = principal.FindAll(ClaimTypes.Role)
            .Select(c => ParleyRoles.TryParse(c.Value, out var parsed) ? parsed : ParleyRole.Observer)
            .DefaultIfEmpty(ParleyRole.Observer)
            .Max();
        var party = principal.FindFirstValue(ParleyClaims.Party);
        return new Viewer(role, string.IsNullOrEmpty(party) ? null : party, principal.FindFirstValue(ClaimTypes.NameIdentifier), principal.Identity.Name)
        {
            PassedSecondFactor = role != ParleyRole.Humanitarian || SecondFactor.Passed(principal),
        };
    }

    public static Viewer ToViewer(this HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.User.ToViewer();
    }

    public static bool MustChangePassword(this ClaimsPrincipal principal) =>
        principal?.FindFirstValue(ParleyClaims.MustChangePassword) == "true";
}
