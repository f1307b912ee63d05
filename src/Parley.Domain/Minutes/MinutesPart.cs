namespace Parley.Domain.Minutes;

/// <summary>The parts of a round's minutes, in the order they are drafted.</summary>
public enum MinutesPart
{
    Meeting,
    Attendance,
    Agenda,
    Outcomes,
    FollowUps,
    Statements,
}
