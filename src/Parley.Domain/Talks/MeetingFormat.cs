namespace Parley.Domain.Talks;

/// <summary>How a round meets.</summary>
public enum MeetingFormat
{
    InPerson,
    Online,
    Hybrid,
}
