namespace Parley.Analysis.Solutions;

/// <summary>
/// The answers of the contract's <c>solutions</c> output: the Nash bargaining solution (Nash 1950), the
/// Kalai–Smorodinsky solution (Kalai and Smorodinsky 1975, ideal point over acceptable packages), the egalitarian
/// and utilitarian points, each among acceptable packages or null when there is none; the size of the zone of
/// possible agreement (distinct acceptable frontier utility vectors); and the concession that would open it.
/// </summary>
public sealed record AnalysisResult(
    Package? Nash,
    Package? KalaiSmorodinsky,
    Package? Egalitarian,
    Package? Utilitarian,
    int ZopaSize,
    Concession? Concessions);
