namespace Parley.Text;

/// <summary>Where a clause stands on the way to agreement.</summary>
public enum ClauseStatus
{
    /// <summary>At least one bracket is open.</summary>
    Bracketed,

    /// <summary>No bracket: agreed by the negotiators, subject to their principals (ad referendum).</summary>
    AgreedAdReferendum,

    /// <summary>No bracket, and every party has initialled the version that holds it.</summary>
    Initialled,
}
