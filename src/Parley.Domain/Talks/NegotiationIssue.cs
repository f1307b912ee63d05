namespace Parley.Domain.Talks;

/// <summary>The issues on which parties' positions are tracked (the matrix columns).</summary>
public enum NegotiationIssue
{
    NatoMembership,
    ArmedForces,
    Territory,
    Ceasefire,
    Prisoners,
    Children,
    Sanctions,
    LeadersMeeting,
}
