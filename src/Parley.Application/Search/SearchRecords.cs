using Microsoft.EntityFrameworkCore;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Outcomes;
using Parley.Data;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Linkage.Search;

namespace Parley.Application.Search;

/// <summary>
/// Searches everything the viewer may see: every kind of talks record (notes and party drafts included, for their
/// own party), negotiating texts and tabled or own-party proposals, ranked by BM25 with names matched across scripts
/// and transliterations (<see cref="SearchTokens"/>); and, for humanitarian officers only, the listed persons they
/// may see (<see cref="HumanitarianAccess"/>: their own party's, a designating party's for a host, an agreed batch's),
/// each shown person written to the personal-data audit trail like any other read. Visibility is applied inside the
/// index before ranking, never to a ranked page afterwards.
/// </summary>
public sealed class SearchRecords(ParleyDbContext db, SearchCatalog catalog, RegistryReader registry, HumanitarianParties parties, PersonalDataAudit audit)
{
    /// <summary>Longest query accepted.</summary>
    public const int MaxQuery = 200;

    /// <summary>Most results of each group (records, persons) a query returns.</summary>
    public const int MaxLimit = 50;

    public async Task<Outcome<SearchResults>> RunAsync(Viewer viewer, string? query, ReadContext context, int limit = 20, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(query))
        {
            return Outcome.Invalid("q", "is required: type a word or a name to search for.");
        }
        if (query.Length > MaxQuery)
        {
            return Outcome.Invalid("q", $"is {query.Length} characters long; at most {MaxQuery} are searched.");
        }
        if (limit is < 1 or > MaxLimit)
        {
            return Outcome.Invalid("limit", $"must be between 1 and {MaxLimit}.");
        }
        var words = SearchTokens.Of(query);
        if (words.Count == 0)
        {
            return Outcome.Ok(new SearchResults(query, []));
        }
        await SearchRefresh.EnsureAsync(catalog, db, cancellationToken);
        var hits = catalog.Search(viewer, query, limit);
        List<SearchResult> results = [];
        if (HumanitarianAccess.IsOfficer(viewer))
        {
            results.AddRange(await PersonsAsync(viewer, words, context, limit, cancellationToken));
        }
        results.AddRange(hits.Select(h => new SearchResult(h.Document.Kind, h.Document.Id, h.Document.Title, h.Document.Url, Snippet(h.Document.Text), Math.Round(h.Score, 3))));
        return Outcome.Ok(new SearchResults(query, results));
    }

    private static string Snippet(string text)
    {
        var line = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return line.Length <= 160 ? line : line[..159] + "…";
    }

    /// <summary>
    /// Names are sealed at rest, so no index holds them: the persons this officer may see are opened and compared in
    /// memory for each query, and only those returned are audited reads (as the registry's name filter does).
    /// </summary>
    private async Task<List<SearchResult>> PersonsAsync(Viewer viewer, List<string> words, ReadContext context, int limit, CancellationToken cancellationToken)
    {
        var known = await parties.LoadAsync(cancellationToken);
        var found = new List<(Guid Id, string Name, int Score)>();
        await foreach (var row in registry.Visible(viewer, known).Where(p => p.Sealed != null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (registry.Open(row).Details is not { } details)
            {
                continue;
            }
            var score = NameScore(SearchTokens.Of(details.FullName), words);
            if (score > 0)
            {
                found.Add((row.Id, details.FullName, score));
            }
        }
        var shown = found.OrderByDescending(f => f.Score).ThenBy(f => f.Name, StringComparer.Ordinal).ThenBy(f => f.Id).Take(limit).ToList();
        var reads = audit.Record(viewer, shown.Select(s => s.Id), RegistryReader.Kind, context);
        await Changes.CommitReadsAsync(db, viewer, reads, audit.Clock, cancellationToken);
        return [.. shown.Select(s => new SearchResult(SearchDocuments.RegistryPersonKind, s.Id, s.Name, $"/humanitarian/registry/{s.Id}", "", s.Score))];
    }

    /// <summary>Every query word must be one of the name's words (the last may be the start of one); an exact last word scores higher.</summary>
    internal static int NameScore(List<string> name, List<string> words)
    {
        var score = 0;
        for (var i = 0; i < words.Count; i++)
        {
            if (name.Contains(words[i], StringComparer.Ordinal))
            {
                score += 2;
            }
            else if (i == words.Count - 1 && name.Any(n => n.StartsWith(words[i], StringComparison.Ordinal)))
            {
                score += 1;
            }
            else
            {
                return 0;
            }
        }
        return score;
    }
}
