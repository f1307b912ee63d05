namespace Parley.Linkage.Search;

/// <summary>A document that matched, with its BM25 score (higher ranks first).</summary>
public sealed record SearchHit(SearchDocument Document, double Score);
