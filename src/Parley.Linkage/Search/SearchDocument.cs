namespace Parley.Linkage.Search;

/// <summary>
/// One searchable item. <paramref name="Scope"/> names who may see it (e.g. "public", "shared", "mediator",
/// "party:UA"); a search only ever looks at the scopes it is given.
/// </summary>
public sealed record SearchDocument(string Kind, Guid Id, string Title, string Url, string Scope, string Text);
