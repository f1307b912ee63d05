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
}
