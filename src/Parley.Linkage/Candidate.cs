namespace Parley.Linkage;

/// <summary>A compared pair that reached the review band: indices, log-odds of a match, and its pattern.</summary>
internal readonly record struct Candidate(int Left, int Right, float LogOdds, short Pattern);
