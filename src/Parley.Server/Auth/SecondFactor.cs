using System.Security.Claims;
using Parley.Domain.Access;

namespace Parley.Server.Auth;

/// <summary>
/// Whether this sign-in passed the second factor: Identity marks it with the authentication-method claim
/// <c>amr=mfa</c> (RFC 8176), which Parley sets when a TOTP code was checked at sign-in or at enrolment.
/// </summary>
public static class SecondFactor
{
    public const string MethodClaim = "amr";
    public const string MultiFactor = "mfa";

    public static bool Passed(ClaimsPrincipal? principal) => principal?.HasClaim(MethodClaim, MultiFactor) == true;

    /// <summary>
    /// Only humanitarian officers must pass it before personal data (everyone else counts as passed), and only after
    /// leaving the one-time password: the order the holder must follow.
    /// </summary>
    public static bool Satisfied(ClaimsPrincipal? principal) =>
        principal?.IsInRole(ParleyRoles.Humanitarian) != true || (Passed(principal) && !principal.MustChangePassword());

    public static Claim Claim() => new(MethodClaim, MultiFactor);
}
