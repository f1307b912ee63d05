namespace Parley.Server.Auth;

/// <summary>Claim types Parley adds to the sign-in cookie beside Identity's name, id and role claims.</summary>
public static class ParleyClaims
{
    public const string Party = "parley:party";
    public const string MustChangePassword = "parley:must_change_password";
}
