namespace Parley.Analysis.Frontier;

/// <summary>
/// The exact Pareto frontier of a negotiation instance: every package no other package dominates (equal utility
/// vectors within <see cref="Tolerance.Epsilon"/> appear once). Packages are rebuilt from back-pointers on demand,
/// so the frontier costs one utility vector per point.
/// </summary>
public sealed class ParetoFrontier
{
    internal ParetoFrontier(MergeChain chain)
    {
        Chain = chain;
    }

    /// <summary>Packages on the frontier.</summary>
    public int Count => Chain.Final.Count;

    /// <summary>Parties, one utility each per package.</summary>
    public int Parties => Chain.Parties;

    /// <summary>Issues, one option each per package.</summary>
    public int Issues => Chain.Order.Length;

    internal MergeChain Chain { get; }

    /// <summary>Point <paramref name="index"/>'s utility per party.</summary>
    public ReadOnlySpan<double> Utilities(int index) => Chain.Final.Point(index, Parties);

    /// <summary>Point <paramref name="index"/>'s option index per issue.</summary>
    public int[] Options(int index)
    {
        var options = new int[Issues];
        Chain.Options(index, options);
        return options;
    }
}
