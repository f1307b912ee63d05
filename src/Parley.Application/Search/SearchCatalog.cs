using Parley.Domain.Access;
using Parley.Linkage.Search;

namespace Parley.Application.Search;

/// <summary>
/// The one search index of a server process, kept in step with the database by <see cref="SearchRefresh"/> before
/// every query (the index is a cache: the database stays the truth, and a restart rebuilds it). Writes to the index
/// and searches are serialised by one lock; a search takes milliseconds.
/// </summary>
public sealed class SearchCatalog
{
    private readonly Lock _lock = new();

    internal SearchIndex Index { get; } = new();

    internal SemaphoreSlim Refreshing { get; } = new(1, 1);

    /// <summary>The audit rows already applied, at or above <see cref="AuditLow"/>; below it, all are.</summary>
    internal HashSet<long> AppliedAudit { get; } = [];

    internal long AuditLow { get; set; } = -1;

    internal TextStamp? Texts { get; set; }

    internal HashSet<Guid> TextDocuments { get; } = [];

    internal bool Built => AuditLow >= 0;

    /// <summary>How many documents the index holds.</summary>
    public int Count
    {
        get
        {
            lock (_lock)
            {
                return Index.Count;
            }
        }
    }

    internal void Apply(Action<SearchIndex> change)
    {
        lock (_lock)
        {
            change(Index);
        }
    }

    internal IReadOnlyList<SearchHit> Search(Viewer viewer, string query, int limit)
    {
        lock (_lock)
        {
            return Index.Search(query, scope => SearchScopes.MaySee(viewer, scope), limit);
        }
    }

    /// <summary>What the texts looked like when last indexed: any committed change to a text or a proposal changes one of these.</summary>
    internal sealed record TextStamp(int Texts, long TextVersions, int Proposals, long ProposalVersions);
}
