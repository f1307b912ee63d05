using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Linkage.Search;

namespace Parley.Application.Search;

/// <summary>
/// Brings the <see cref="SearchCatalog"/> up to the database before a query. Talks records change only through the
/// one write path, which writes an audit row with each change: the rows not yet applied name the records to read
/// again (or drop, when deleted). Rows are applied by id, not by a high-water mark alone, because on PostgreSQL a
/// transaction holding a lower id may commit after one holding a higher id: every row in the last
/// <see cref="Window"/> ids is checked each time. Texts and their proposals are few and are indexed again whenever
/// their counts or version sums move.
/// </summary>
internal static class SearchRefresh
{
    /// <summary>How far behind the newest audit row a late commit is still picked up.</summary>
    public const int Window = 1000;

    public static async Task EnsureAsync(SearchCatalog catalog, ParleyDbContext db, CancellationToken cancellationToken)
    {
        await catalog.Refreshing.WaitAsync(cancellationToken);
        try
        {
            if (!catalog.Built)
            {
                await BuildAsync(catalog, db, cancellationToken);
            }
            else
            {
                await ApplyAuditAsync(catalog, db, cancellationToken);
            }
            await TextsAsync(catalog, db, cancellationToken);
        }
        finally
        {
            catalog.Refreshing.Release();
        }
    }

    private static async Task BuildAsync(SearchCatalog catalog, ParleyDbContext db, CancellationToken cancellationToken)
    {
        // The audit rows seen before the full read: their changes are in it. A row committed later, even with a
        // lower id, is applied by the next refresh.
        var newest = await db.Audit.MaxAsync(a => (long?)a.Id, cancellationToken) ?? 0;
        var low = Math.Max(0, newest - Window);
        var seen = await db.Audit.AsNoTracking().Where(a => a.Id > low).Select(a => a.Id).ToListAsync(cancellationToken);
        var documents = new List<SearchDocument>();
        foreach (var load in Loaders)
        {
            foreach (var record in await load(db, cancellationToken))
            {
                documents.Add(SearchDocuments.For(record));
            }
        }
        catalog.Apply(index =>
        {
            foreach (var document in documents)
            {
                index.Add(document);
            }
        });
        catalog.AppliedAudit.UnionWith(seen);
        catalog.AuditLow = low;
    }

    private static async Task ApplyAuditAsync(SearchCatalog catalog, ParleyDbContext db, CancellationToken cancellationToken)
    {
        var low = catalog.AuditLow;
        var rows = await db.Audit.AsNoTracking().Where(a => a.Id > low).Select(a => new { a.Id, a.RecordId, a.Kind }).ToListAsync(cancellationToken);
        var pending = rows.Where(r => !catalog.AppliedAudit.Contains(r.Id)).ToList();
        var changes = new List<(Guid Id, SearchDocument? Document)>();
        foreach (var (id, kind) in pending.Select(r => (r.RecordId, r.Kind)).Distinct())
        {
            if (Finders.TryGetValue(kind, out var find))
            {
                var record = await find(db, id, cancellationToken);
                changes.Add((id, record is null ? null : SearchDocuments.For(record)));
            }
        }
        catalog.Apply(index =>
        {
            foreach (var (id, document) in changes)
            {
                if (document is null)
                {
                    index.Remove(id);
                }
                else
                {
                    index.Add(document);
                }
            }
        });
        catalog.AppliedAudit.UnionWith(pending.Select(r => r.Id));
        if (rows.Count > 0)
        {
            catalog.AuditLow = Math.Max(low, rows.Max(r => r.Id) - Window);
            catalog.AppliedAudit.RemoveWhere(id => id <= catalog.AuditLow);
        }
    }

    private static async Task TextsAsync(SearchCatalog catalog, ParleyDbContext db, CancellationToken cancellationToken)
    {
        var stamp = new SearchCatalog.TextStamp(
            await db.Texts.CountAsync(cancellationToken),
            await db.Texts.SumAsync(t => (long)t.CurrentVersion, cancellationToken),
            await db.TextProposals.CountAsync(cancellationToken),
            await db.TextProposals.SumAsync(p => (long)p.Version, cancellationToken));
        if (stamp == catalog.Texts)
        {
            return;
        }
        var texts = await db.Texts.AsNoTracking().ToListAsync(cancellationToken);
        var current = await db.TextVersions.AsNoTracking()
            .Join(db.Texts.AsNoTracking(), v => new { v.TextId, v.Number }, t => new { TextId = t.Id, Number = t.CurrentVersion }, (v, _) => new { v.TextId, v.Content })
            .ToDictionaryAsync(v => v.TextId, v => v.Content, cancellationToken);
        var proposals = await db.TextProposals.AsNoTracking().ToListAsync(cancellationToken);
        var byId = texts.ToDictionary(t => t.Id);
        var documents = texts.Select(t => SearchDocuments.For(t, current.GetValueOrDefault(t.Id, "")))
            .Concat(proposals.Where(p => byId.ContainsKey(p.TextId)).Select(p => SearchDocuments.For(p, byId[p.TextId])))
            .ToList();
        catalog.Apply(index =>
        {
            foreach (var id in catalog.TextDocuments)
            {
                index.Remove(id);
            }
            foreach (var document in documents)
            {
                index.Add(document);
            }
        });
        catalog.TextDocuments.Clear();
        catalog.TextDocuments.UnionWith(documents.Select(d => d.Id));
        catalog.Texts = stamp;
    }

    private delegate Task<List<TalkRecord>> LoadAll(ParleyDbContext db, CancellationToken cancellationToken);

    private delegate Task<TalkRecord?> FindOne(ParleyDbContext db, Guid id, CancellationToken cancellationToken);

    /// <summary>Every kind of talks record the index holds; a new kind is added here and in <see cref="Finders"/>.</summary>
    private static readonly LoadAll[] Loaders =
    [
        All<Party>, All<Person>, All<Round>, All<SummitProposal>, All<Deadline>, All<Position>, All<Statement>,
        All<Incident>, All<DisputedFigure>, All<Note>, All<AnalysisProfile>,
    ];

    private static readonly Dictionary<RecordKind, FindOne> Finders = new()
    {
        [RecordKind.Party] = Find<Party>,
        [RecordKind.Person] = Find<Person>,
        [RecordKind.Round] = Find<Round>,
        [RecordKind.SummitProposal] = Find<SummitProposal>,
        [RecordKind.Deadline] = Find<Deadline>,
        [RecordKind.Position] = Find<Position>,
        [RecordKind.Statement] = Find<Statement>,
        [RecordKind.Incident] = Find<Incident>,
        [RecordKind.DisputedFigure] = Find<DisputedFigure>,
        [RecordKind.Note] = Find<Note>,
        [RecordKind.AnalysisProfile] = Find<AnalysisProfile>,
    };

    private static async Task<List<TalkRecord>> All<T>(ParleyDbContext db, CancellationToken cancellationToken)
        where T : TalkRecord =>
        [.. await db.Set<T>().AsNoTracking().ToListAsync(cancellationToken)];

    private static async Task<TalkRecord?> Find<T>(ParleyDbContext db, Guid id, CancellationToken cancellationToken)
        where T : TalkRecord =>
        await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
}
