using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
            .OrderBy(v => v.State.Expired || v.State.Status != DeadlineStatus.Open ? 1 : 0)
            .ThenBy(v => v.State.Expired ? -v.State.DueOn.DayNumber : v.State.DueOn.DayNumber)
            .ToList();
        var latestRound = await db.Rounds.AsNoTracking().Where(VisibilityFilter.Records<Round>(viewer))
            .OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        var summits = (await db.SummitProposals.AsNoTracking().Where(VisibilityFilter.Records<SummitProposal>(viewer)).ToListAsync(cancellationToken))
            .Where(s => SummitLifecycle.IsOpen(s.Status))
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
        return new Dashboard(today, deadlines, latestRound, summits, incidents, statements, weeks, figures);
    }
}
