using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Talks;

namespace Parley.Application.Talks;

internal sealed partial class TalksReader
{
    private const int LatestCount = 5;

    public async Task<Dashboard> DashboardAsync(Viewer viewer, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return await cache.GetOrAddAsync($"dashboard|{viewer.ScopeKey}|{today:yyyy-MM-dd}", () => ReadDashboardAsync(viewer, today, CancellationToken.None));
    }

    private async Task<Dashboard> ReadDashboardAsync(Viewer viewer, DateOnly today, CancellationToken cancellationToken)
    {
        var deadlines = (await db.Deadlines.AsNoTracking().Where(VisibilityFilter.Records<Deadline>(viewer)).ToListAsync(cancellationToken))
            .Where(d => d.DueOn is not null)
            .Select(d => new DeadlineView(d, d.StateOn(today)))
            .OrderBy(v => v.State.IsOpen ? 0 : 1)
            .ThenBy(v => v.State.Expired ? -v.State.DueOn.DayNumber : v.State.DueOn.DayNumber)
            .ToList();
        var rounds = await db.Rounds.AsNoTracking().Where(VisibilityFilter.Records<Round>(viewer)).ToListAsync(cancellationToken);
        var nextMeeting = rounds.Where(r => r.PhaseOn(today) != RoundPhase.Held).OrderBy(r => r.StartsOn).ThenBy(r => r.Number).FirstOrDefault();
        var lastMeeting = rounds.Where(r => r.PhaseOn(today) == RoundPhase.Held).OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.Number).FirstOrDefault();
        var followUps = FollowUpView.Of(rounds, today).Where(v => v.State.IsOpen).ToList();
        var summits = (await db.SummitProposals.AsNoTracking().Where(VisibilityFilter.Records<SummitProposal>(viewer)).ToListAsync(cancellationToken))
            .Where(s => s.StateOn(today).IsOpen)
            .OrderByDescending(s => s.ProposedOn)
            .ToList();
        var incidents = await db.Incidents.AsNoTracking().Where(VisibilityFilter.Records<Incident>(viewer))
            .OrderByDescending(i => i.OccurredOn).Take(LatestCount).ToListAsync(cancellationToken);
        var statements = await db.Statements.AsNoTracking().Where(VisibilityFilter.Records<Statement>(viewer))
            .OrderByDescending(s => s.SaidOn).Take(LatestCount).ToListAsync(cancellationToken);
        var weeks = IncidentWeek.PerWeek(await db.Incidents.AsNoTracking().Where(VisibilityFilter.Records<Incident>(viewer))
            .Select(i => i.OccurredOn).ToListAsync(cancellationToken));
        var figures = await db.DisputedFigures.AsNoTracking().Where(VisibilityFilter.Records<DisputedFigure>(viewer))
            .OrderBy(f => f.Subject).ToListAsync(cancellationToken);
        return new Dashboard(today, deadlines, nextMeeting, lastMeeting, followUps, summits, incidents, statements, weeks, figures);
    }
}
