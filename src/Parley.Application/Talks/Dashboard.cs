using Parley.Domain.Talks;

namespace Parley.Application.Talks;

/// <summary>
/// What the dashboard shows, already filtered to what the viewer may see. The next meeting is the first round not
/// yet held (planned or in session); the last meeting is the latest round held; they are never the same round.
/// </summary>
public sealed record Dashboard(
    DateOnly Today,
    IReadOnlyList<DeadlineView> Deadlines,
    Round? NextMeeting,
    Round? LastMeeting,
    IReadOnlyList<FollowUpView> OpenFollowUps,
    IReadOnlyList<SummitProposal> OpenSummits,
    IReadOnlyList<Incident> LatestIncidents,
    IReadOnlyList<Statement> LatestStatements,
    IReadOnlyList<IncidentWeek> IncidentsPerWeek,
    IReadOnlyList<DisputedFigure> DisputedFigures);
