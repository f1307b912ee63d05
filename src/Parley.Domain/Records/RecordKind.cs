namespace Parley.Domain.Records;

/// <summary>The kinds of record in the talks; also the timeline's kind filter.</summary>
public enum RecordKind
{
    Party,
    Person,
    Round,
    SummitProposal,
    Deadline,
    Position,
    Statement,
    Incident,
    DisputedFigure,
    Note,

    /// <summary>A list of detained persons or children filed by a party (humanitarian track).</summary>
    PersonList,

    /// <summary>A pair of two parties' list entries found to be one person, and its review.</summary>
    PersonLink,

    /// <summary>An exchange batch, its manifest, signatures and confirmations.</summary>
    ExchangeBatch,

    /// <summary>A child's case.</summary>
    ChildCase,

    /// <summary>A party's own weights, option values and reservation for the negotiation analysis.</summary>
    AnalysisProfile,
    /// <summary>One person on a filed list (corrected or erased one at a time).</summary>
    ListedPerson,
}
