using Parley.Domain.Access;

namespace Parley.Server.Auth;

/// <summary>Authorization policy names. Finer rules (whose drafts, which visibility) are the writer's.</summary>
public static class ParleyPolicies
{
    /// <summary>Administrators and mediators.</summary>
    public const string Mediator = "mediator";

    /// <summary>Anyone who may change some part of the record: administrators, mediators, delegation members.</summary>
    public const string Writer = "writer";

    public const string Administrator = "administrator";

    /// <summary>Signed in, and a humanitarian officer only after the second factor (TOTP); what data each may see is the services'.</summary>
    public const string PersonalData = "personal-data";

    internal static string[] MediatorRoles { get; } = [ParleyRoles.Administrator, ParleyRoles.Mediator];

    internal static string[] WriterRoles { get; } = [ParleyRoles.Administrator, ParleyRoles.Mediator, ParleyRoles.Delegation];
}
