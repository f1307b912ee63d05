namespace Parley.Server.Tests.Infrastructure;

/// <summary>The callers of the authorization matrix.</summary>
public enum TestRole
{
    Administrator,
    Mediator,
    DelegationUa,
    DelegationRu,
    Observer,
    Anonymous,
    HumanitarianUa,
    HumanitarianRu,

    /// <summary>A humanitarian officer of the host: no party, sees both sides' lists.</summary>
    HumanitarianHost,

    /// <summary>An administrator still on the one-time password the account was created with.</summary>
    AdministratorOneTimePassword,

    /// <summary>A UA humanitarian officer still on the one-time password (so without a second factor either).</summary>
    HumanitarianOneTimePassword,
}
