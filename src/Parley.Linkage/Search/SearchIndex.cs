namespace Parley.Linkage.Search;

/// <summary>
/// An in-memory inverted index over <see cref="SearchTokens"/> terms with Okapi BM25 ranking (k1 = 1.2, b = 0.75;
/// title words count three times). Every query word must match a term exactly, except the last, which may match
/// as a prefix (search as you type). Documents outside the caller's scopes are skipped before scoring, and the
/// statistics BM25 ranks by (document count, document frequency, average length) are taken over the caller's scopes
/// only, so neither a hit nor the order of hits depends on a document the caller may not see. Documents are
/// replaced or removed by id (<see cref="Add"/>, <see cref="Remove"/>). Not thread-safe for writes: the caller
/// serialises writes against reads.
/// </summary>
public sealed partial class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int TitleWeight = 3;

    private readonly List<SearchDocument?> _documents = [];
    private readonly List<int> _lengths = [];
    private readonly List<int> _scopes = [];
    private readonly List<string> _scopeNames = [];
    private readonly List<int> _scopeDocuments = [];
    private readonly List<long> _scopeLengths = [];
    private readonly Dictionary<string, int> _scopeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _byId = [];
    private readonly Dictionary<string, Term> _postings = new(StringComparer.Ordinal);
    private string[]? _sortedTerms;
    private int _removed;

    /// <summary>Postings of one term and, per scope, how many live documents hold it.</summary>
    private sealed class Term
    {
        public List<(int Doc, int Frequency)> Postings { get; } = [];

        public int[] PerScope { get; set; } = [];
    }

    /// <summary>Documents indexed (removed ones not counted).</summary>
    public int Count => _byId.Count;

    /// <summary>Whether a document with this id is indexed.</summary>
    public bool Contains(Guid id) => _byId.ContainsKey(id);

    /// <summary>Indexes one document under its scope, replacing any document with the same id.</summary>
    public void Add(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Remove(document.Id);
        var doc = _documents.Count;
        _documents.Add(document);
        _byId[document.Id] = doc;
        var scope = ScopeId(document.Scope);
        _scopes.Add(scope);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var term in SearchTokens.Of(document.Title))
        {
            counts[term] = counts.GetValueOrDefault(term) + TitleWeight;
        }
        foreach (var term in SearchTokens.Of(document.Text))
        {
            counts[term] = counts.GetValueOrDefault(term) + 1;
        }
        var length = 0;
        foreach (var (word, count) in counts)
        {
            if (!_postings.TryGetValue(word, out var term))
            {
                _postings[word] = term = new Term();
                _sortedTerms = null;
            }
            term.Postings.Add((doc, count));
            if (term.PerScope.Length <= scope)
            {
                term.PerScope = [.. term.PerScope, .. new int[scope + 1 - term.PerScope.Length]];
            }
            term.PerScope[scope]++;
            length += count;
        }
        _lengths.Add(length);
        _scopeDocuments[scope]++;
        _scopeLengths[scope] += length;
    }

    /// <summary>
    /// Removes the document with this id, if any. Its postings stay until the next compaction (when removed
    /// documents outnumber live ones), but it no longer counts anywhere and is never returned.
    /// </summary>
    public bool Remove(Guid id)
    {
        if (!_byId.Remove(id, out var doc))
        {
            return false;
        }
        var document = _documents[doc]!;
        var scope = _scopes[doc];
        foreach (var word in SearchTokens.Of(document.Title).Concat(SearchTokens.Of(document.Text)).Distinct(StringComparer.Ordinal))
        {
            _postings[word].PerScope[scope]--;
        }
        _scopeDocuments[scope]--;
        _scopeLengths[scope] -= _lengths[doc];
        _documents[doc] = null;
        _removed++;
        if (_removed > 1024 && _removed > _byId.Count)
        {
            Compact();
        }
        return true;
    }

    private int ScopeId(string name)
    {
        if (!_scopeIds.TryGetValue(name, out var scope))
        {
            _scopeIds[name] = scope = _scopeNames.Count;
            _scopeNames.Add(name);
            _scopeDocuments.Add(0);
            _scopeLengths.Add(0);
        }
        return scope;
    }

    /// <summary>Rebuilds the postings without the removed documents.</summary>
    private void Compact()
    {
        var live = _documents.Where(d => d is not null).Cast<SearchDocument>().ToList();
        _documents.Clear();
        _lengths.Clear();
        _scopes.Clear();
        _byId.Clear();
        _postings.Clear();
        _sortedTerms = null;
        _removed = 0;
        for (var i = 0; i < _scopeDocuments.Count; i++)
        {
            _scopeDocuments[i] = 0;
            _scopeLengths[i] = 0;
        }
        foreach (var document in live)
        {
            Add(document);
        }
    }
}
