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
}
