using System.Buffers;

namespace Parley.Linkage.Search;

/// <summary>
/// An in-memory inverted index over <see cref="SearchTokens"/> terms with Okapi BM25 ranking (k1 = 1.2, b = 0.75;
/// title words count three times). Every query word must match a term exactly, except the last, which may match
/// as a prefix (search as you type). Documents outside the caller's scopes are skipped before scoring, so a hit is
/// never a document the caller may not see. Not thread-safe for writes: build it, then share it for reads.
/// </summary>
public sealed class SearchIndex
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const int TitleWeight = 3;

    private readonly List<SearchDocument> _documents = [];
    private readonly List<int> _lengths = [];
    private readonly List<int> _scopes = [];
    private readonly List<string> _scopeNames = [];
    private readonly Dictionary<string, int> _scopeIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(int Doc, int Frequency)>> _postings = new(StringComparer.Ordinal);
    private string[]? _sortedTerms;
    private long _totalLength;

    /// <summary>Documents indexed.</summary>
    public int Count => _documents.Count;

    /// <summary>Indexes one document under its scope.</summary>
    public void Add(SearchDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var doc = _documents.Count;
        _documents.Add(document);
        if (!_scopeIds.TryGetValue(document.Scope, out var scope))
        {
            _scopeIds[document.Scope] = scope = _scopeNames.Count;
            _scopeNames.Add(document.Scope);
        }
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
        foreach (var (term, count) in counts)
        {
            if (!_postings.TryGetValue(term, out var list))
            {
                _postings[term] = list = [];
            }
            list.Add((doc, count));
            length += count;
        }
        _lengths.Add(length);
        _totalLength += length;
        _sortedTerms = null;
    }

    /// <summary>The best <paramref name="limit"/> documents of the given scopes for <paramref name="query"/>, by BM25; the last word may be a prefix.</summary>
    public IReadOnlyList<SearchHit> Search(string query, IReadOnlySet<string> scopes, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        var words = SearchTokens.Of(query);
        if (words.Count == 0 || _documents.Count == 0 || limit <= 0)
        {
            return [];
        }
        var allowed = new bool[_scopeNames.Count];
        for (var i = 0; i < allowed.Length; i++)
        {
            allowed[i] = scopes.Contains(_scopeNames[i]);
        }
        var averageLength = (double)_totalLength / _documents.Count;
        // Per document: the score so far, and how many query words it has matched (a document stays a candidate
        // only while it has matched every word before the current one). Arrays, not dictionaries: a common word's
        // postings reach most documents.
        var n = _documents.Count;
        var scores = ArrayPool<double>.Shared.Rent(n);
        var best = ArrayPool<double>.Shared.Rent(n);
        var matched = ArrayPool<int>.Shared.Rent(n);
        Array.Clear(scores, 0, n);
        Array.Clear(matched, 0, n);
        try
        {
            return Rank(words, allowed, averageLength, scores, best, matched, limit);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<double>.Shared.Return(best);
            ArrayPool<int>.Shared.Return(matched);
        }
    }

    private List<SearchHit> Rank(List<string> words, bool[] allowed, double averageLength, double[] scores, double[] best, int[] matched, int limit)
    {
        List<int> candidates = [];
        for (var w = 0; w < words.Count; w++)
        {
            var terms = w == words.Count - 1 ? WithPrefix(words[w]) : _postings.ContainsKey(words[w]) ? [words[w]] : [];
            List<int> touched = [];
            foreach (var term in terms)
            {
                var postings = _postings[term];
                var idf = Math.Log(1 + ((_documents.Count - postings.Count + 0.5) / (postings.Count + 0.5)));
                foreach (var (doc, frequency) in postings)
                {
                    if (matched[doc] < w || !allowed[_scopes[doc]])
                    {
                        continue;
                    }
                    var score = idf * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * _lengths[doc] / averageLength))));
                    if (matched[doc] == w)
                    {
                        matched[doc] = w + 1;
                        best[doc] = score;
                        touched.Add(doc);
                    }
                    else if (score > best[doc])
                    {
                        // A word matching several terms (as a prefix) counts its best match once.
                        best[doc] = score;
                    }
                }
            }
            foreach (var doc in touched)
            {
                scores[doc] += best[doc];
            }
            candidates = touched;
            if (candidates.Count == 0)
            {
                return [];
            }
        }
        return [.. candidates.OrderByDescending(d => scores[d]).ThenBy(d => d).Take(limit).Select(d => new SearchHit(_documents[d], scores[d]))];
    }

    private List<string> WithPrefix(string prefix)
    {
        var sorted = _sortedTerms ??= [.. _postings.Keys.Order(StringComparer.Ordinal)];
        var at = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        if (at < 0)
        {
            at = ~at;
        }
        List<string> terms = [];
        // Very short prefixes would touch most of the vocabulary: cap the expansion, nearest terms first.
        for (var i = at; i < sorted.Length && terms.Count < 64 && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            terms.Add(sorted[i]);
        }
        return terms;
    }
}
