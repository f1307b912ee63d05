namespace Parley.Linkage.Synthetic;

/// <summary>One given name in its Ukrainian and Russian forms.</summary>
internal sealed record GivenName(string Ukrainian, string Russian);
