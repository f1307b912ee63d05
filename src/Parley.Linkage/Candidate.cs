namespace Parley.Linkage;

/// <summary>A compared pair worth keeping: indices, its log Bayes factor (term-frequency adjusted) and its pattern.</summary>
internal readonly record struct Candidate(int Left, int Right, float LogOdds, short Pattern);
