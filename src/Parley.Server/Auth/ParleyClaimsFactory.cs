using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Parley.Data.Identity;

namespace Parley.Server.Auth;

/// <summary>Adds the user's party and the must-change-password flag to the cookie, so requests need no user lookup.</summary>
internal sealed class ParleyClaimsFactory(UserManager<ParleyUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ParleyUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ParleyUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.Party is not null)
        {
            identity.AddClaim(new Claim(ParleyClaims.Party, user.Party));
        }
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(ParleyClaims.MustChangePassword, "true"));
        }
        return identity;
    }
}
