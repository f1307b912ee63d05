using Parley.Domain.Access;

namespace Parley.Server.Components;

/// <summary>Role lists for <c>[Authorize]</c> and <c>AuthorizeView</c> on the pages.</summary>
internal static class Mediators
{
    /// <summary>Those who write the shared record: mediators and administrators.</summary>
    public const string Roles = ParleyRoles.Mediator + "," + ParleyRoles.Administrator;

    /// <summary>Those who write their own party's drafts.</summary>
    public const string Delegates = ParleyRoles.Delegation;

    /// <summary>Anyone who writes some part of the record.</summary>
    public const string Writers = Roles + "," + Delegates;
}
