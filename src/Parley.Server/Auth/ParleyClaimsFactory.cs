using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Parley.Data.Identity;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
