namespace Parley.Analysis.Model;

/// <summary>
/// A party's linear additive utility function: <c>Weights[i]</c> is its (unnormalised, non-negative) weight of
/// issue i, <c>Values[i][k]</c> its value in [0, 1] of option k of issue i, and <c>Reservation</c> its utility of
/// no agreement (BATNA).
/// </summary>
public sealed record Party(
    string Name,
    IReadOnlyList<double> Weights,
    IReadOnlyList<IReadOnlyList<double>> Values,
    double Reservation);
