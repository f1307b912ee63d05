using Parley.Domain.Talks;

namespace Parley.Application.Talks;

/// <summary>What the dashboard shows, already filtered to what the viewer may see.</summary>
public sealed record Dashboard(
    DateOnly Today,
    IReadOnlyList<DeadlineView> Deadlines,
    Round? LatestRound,
    IReadOnlyList<SummitProposal> OpenSummits,
    IReadOnlyList<Incident> LatestIncidents,
    IReadOnlyList<Statement> LatestStatements,
    IReadOnlyList<IncidentWeek> IncidentsPerWeek,
    IReadOnlyList<DisputedFigure> DisputedFigures);
