using System.Buffers;

namespace Parley.Linkage.Search;

public sealed partial class SearchIndex
{
    /// <summary>The best <paramref name="limit"/> documents of the given scopes for <paramref name="query"/>, by BM25; the last word may be a prefix.</summary>
    public IReadOnlyList<SearchHit> Search(string query, IReadOnlySet<string> scopes, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        return Search(query, scopes.Contains, limit);
    }

    /// <summary>
    /// The best <paramref name="limit"/> documents whose scope <paramref name="maySee"/> accepts, by BM25 over those
    /// scopes alone; the last word may be a prefix.
    /// </summary>
    public IReadOnlyList<SearchHit> Search(string query, Func<string, bool> maySee, int limit = 20)
    {
        ArgumentNullException.ThrowIfNull(maySee);
        var words = SearchTokens.Of(query);
        if (words.Count == 0 || _documents.Count == 0 || limit <= 0)
        {
            return [];
        }
        var allowed = new bool[_scopeNames.Count];
        long visible = 0;
        long visibleLength = 0;
        for (var i = 0; i < allowed.Length; i++)
        {
            allowed[i] = maySee(_scopeNames[i]);
            if (allowed[i])
            {
                visible += _scopeDocuments[i];
                visibleLength += _scopeLengths[i];
            }
        }
        if (visible == 0)
        {
            return [];
        }
        var statistics = new Statistics(allowed, visible, (double)visibleLength / visible);
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
            return Rank(words, statistics, scores, best, matched, limit);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(scores);
            ArrayPool<double>.Shared.Return(best);
            ArrayPool<int>.Shared.Return(matched);
        }
    }

    /// <summary>The caller's view of the collection: allowed scopes, how many documents they hold, their average length.</summary>
    private sealed record Statistics(bool[] Allowed, long Documents, double AverageLength);

    private static int VisibleFrequency(Term term, bool[] allowed)
    {
        var frequency = 0;
        for (var s = 0; s < term.PerScope.Length && s < allowed.Length; s++)
        {
            if (allowed[s])
            {
                frequency += term.PerScope[s];
            }
        }
        return frequency;
    }

    private List<SearchHit> Rank(List<string> words, Statistics statistics, double[] scores, double[] best, int[] matched, int limit)
    {
        var allowed = statistics.Allowed;
        List<int> candidates = [];
        for (var w = 0; w < words.Count; w++)
        {
            var terms = w == words.Count - 1 ? WithPrefix(words[w], allowed) : _postings.ContainsKey(words[w]) ? [words[w]] : [];
            List<int> touched = [];
            foreach (var word in terms)
            {
                var term = _postings[word];
                var frequencyInScopes = VisibleFrequency(term, allowed);
                if (frequencyInScopes == 0)
                {
                    continue;
                }
                var idf = Math.Log(1 + ((statistics.Documents - frequencyInScopes + 0.5) / (frequencyInScopes + 0.5)));
                foreach (var (doc, frequency) in term.Postings)
                {
                    if (matched[doc] < w || !allowed[_scopes[doc]] || _documents[doc] is null)
                    {
                        continue;
                    }
                    var score = idf * frequency * (K1 + 1) / (frequency + (K1 * (1 - B + (B * _lengths[doc] / statistics.AverageLength))));
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
        return [.. candidates.OrderByDescending(d => scores[d]).ThenBy(d => _documents[d]!.Id).Take(limit).Select(d => new SearchHit(_documents[d]!, scores[d]))];
    }

    private List<string> WithPrefix(string prefix, bool[] allowed)
    {
        var sorted = _sortedTerms ??= [.. _postings.Keys.Order(StringComparer.Ordinal)];
        var at = Array.BinarySearch(sorted, prefix, StringComparer.Ordinal);
        if (at < 0)
        {
            at = ~at;
        }
        List<string> terms = [];
        // Very short prefixes would touch most of the vocabulary: cap the expansion, nearest terms first. Only terms
        // the caller's documents hold count towards the cap, so hidden documents cannot crowd out visible ones.
        for (var i = at; i < sorted.Length && terms.Count < 64 && sorted[i].StartsWith(prefix, StringComparison.Ordinal); i++)
        {
            if (VisibleFrequency(_postings[sorted[i]], allowed) > 0)
            {
                terms.Add(sorted[i]);
            }
        }
        return terms;
    }
}
