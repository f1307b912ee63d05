namespace Parley.Linkage;

/// <summary>Counters of one <see cref="PersonLinker.Link"/> run.</summary>
/// <param name="LeftCount">Records in the left list.</param>
/// <param name="RightCount">Records in the right list.</param>
/// <param name="CandidatePairs">Distinct pairs produced by blocking and compared.</param>
/// <param name="Matches">Pairs decided <see cref="LinkDecision.Match"/>.</param>
/// <param name="Reviews">Pairs decided <see cref="LinkDecision.Review"/>.</param>
/// <param name="Prior">Estimated share of true matches among candidate pairs (the EM's lambda).</param>
/// <param name="Elapsed">Wall time of the run.</param>
public sealed record LinkStatistics(
    int LeftCount,
    int RightCount,
    long CandidatePairs,
    int Matches,
    int Reviews,
    double Prior,
    TimeSpan Elapsed);
