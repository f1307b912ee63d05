namespace Parley.Application.Search;

/// <summary>One thing found: its kind (<c>round</c>, <c>note</c>, <c>text</c>, <c>registry-person</c>, …), id, title, where to open it, a line of its text, and its rank score.</summary>
public sealed record SearchResult(string Kind, Guid Id, string Title, string Url, string Snippet, double Score);

/// <summary>The results of one query, best first.</summary>
public sealed record SearchResults(string Query, IReadOnlyList<SearchResult> Results);
