namespace Parley.Linkage;

/// <summary>What blocking alone achieves: distinct candidate pairs, and how many true pairs are among them.</summary>
public sealed record BlockingReport(long CandidatePairs, int TruePairsCovered, int TruePairs, double Recall);
