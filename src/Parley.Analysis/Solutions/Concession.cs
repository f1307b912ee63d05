namespace Parley.Analysis.Solutions;

/// <summary>
/// When no package is acceptable to all: how far each party would have to lower its reservation value
/// (<c>d_i = max(0, r_i - u_i)</c>) for <see cref="Options"/> to become acceptable, minimising the largest reduction
/// and then their sum.
/// </summary>
public sealed record Concession(IReadOnlyList<double> Reductions, IReadOnlyList<int> Options, IReadOnlyList<double> Utilities);
