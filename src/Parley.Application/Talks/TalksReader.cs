using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Data;

namespace Parley.Application.Talks;

internal sealed partial class TalksReader(ParleyDbContext db, ReadCache cache) : ITalksReader
{
    public async Task<T?> GetAsync<T>(Viewer viewer, Guid id, CancellationToken cancellationToken = default)
        where T : TalkRecord =>
        await db.Set<T>().AsNoTracking().Where(VisibilityFilter.Records<T>(viewer)).FirstOrDefaultAsync(r => r.Id == id, cancellationToken);

    public async Task<IReadOnlyList<T>> ListAsync<T>(Viewer viewer, CancellationToken cancellationToken = default)
        where T : TalkRecord
    {
        var records = await db.Set<T>().AsNoTracking().Where(VisibilityFilter.Records<T>(viewer)).ToListAsync(cancellationToken);
        return NaturalOrder(records);
    }

    public async Task<PartyResolver> PartiesAsync(CancellationToken cancellationToken = default) =>
        await cache.GetOrAddAsync("parties", async () =>
            new PartyResolver(await db.Parties.AsNoTracking().Where(p => p.Visibility == Visibility.Public).ToListAsync(CancellationToken.None)));

    public async Task<TimelinePage> TimelineAsync(Viewer viewer, TimelineQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(query);
        var page = Math.Max(1, query.Page);
        var size = Math.Clamp(query.PageSize, 1, TimelineQuery.MaxPageSize);
        var party = query.Party is null ? null : (await PartiesAsync(cancellationToken)).Find(query.Party) ?? query.Party.Trim().ToUpperInvariant();
        var key = $"timeline|{viewer.ScopeKey}|{party}|{query.Kind}|{query.From}|{query.To}|{page}|{size}";
        return await cache.GetOrAddAsync(key, () => ReadTimelineAsync(viewer, query with { Party = party, Page = page, PageSize = size }, CancellationToken.None));
    }

    private async Task<TimelinePage> ReadTimelineAsync(Viewer viewer, TimelineQuery query, CancellationToken cancellationToken)
    {
        var entries = db.Timeline.AsNoTracking().Where(VisibilityFilter.Timeline(viewer));
        if (query.Party is { } party)
        {
            var marker = "|" + party + "|";
            entries = entries.Where(e => e.Parties.Contains(marker));
        }
        if (query.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }
        if (query.From is { } from)
        {
            entries = entries.Where(e => e.On >= from);
        }
        if (query.To is { } to)
        {
            entries = entries.Where(e => e.On <= to);
        }
        var total = await entries.CountAsync(cancellationToken);
        var rows = await entries
            .OrderByDescending(e => e.On).ThenByDescending(e => e.Id)
            .Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)
            .ToListAsync(cancellationToken);
        var items = rows.ConvertAll(e => new TimelineItem(e.RecordId, e.Kind, e.On, e.Title, e.Summary, TimelineProjection.SplitParties(e.Parties), e.Visibility, e.OwnerParty));
        return new TimelinePage(items, query.Page, query.PageSize, total);
    }

    public async Task<PositionMatrix> PositionMatrixAsync(Viewer viewer, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        var belligerents = await db.Parties.AsNoTracking()
            .Where(p => p.Visibility == Visibility.Public)
            .OrderBy(p => p.Code)
            .ToListAsync(cancellationToken);
        var codes = belligerents.Where(p => p.Roles.HasFlag(PartyRoles.Belligerent)).Select(p => p.Code).ToList();
        var positions = await db.Positions.AsNoTracking().Where(VisibilityFilter.Records<Position>(viewer)).ToListAsync(cancellationToken);
        return PositionMatrix.Build(positions, codes, asOf);
    }

    private static IReadOnlyList<T> NaturalOrder<T>(List<T> records)
        where T : TalkRecord => records switch
        {
            List<Party> parties => (IReadOnlyList<T>)(object)parties.OrderBy(p => p.Code, StringComparer.Ordinal).ToList(),
            List<Person> persons => (IReadOnlyList<T>)(object)persons.OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList(),
            List<Round> rounds => (IReadOnlyList<T>)(object)rounds.OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.Number).ToList(),
            List<SummitProposal> summits => (IReadOnlyList<T>)(object)summits.OrderByDescending(s => s.ProposedOn).ToList(),
            List<Deadline> deadlines => (IReadOnlyList<T>)(object)deadlines.OrderByDescending(d => d.DueOn).ToList(),
            List<Position> positions => (IReadOnlyList<T>)(object)positions.OrderByDescending(p => p.StatedOn).ThenBy(p => p.Party, StringComparer.Ordinal).ToList(),
            List<Statement> statements => (IReadOnlyList<T>)(object)statements.OrderByDescending(s => s.SaidOn).ToList(),
            List<Incident> incidents => (IReadOnlyList<T>)(object)incidents.OrderByDescending(i => i.OccurredOn).ToList(),
            List<Note> notes => (IReadOnlyList<T>)(object)notes.OrderByDescending(n => n.WrittenOn).ToList(),
            _ => records,
        };
}
