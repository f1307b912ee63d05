namespace Parley.Analysis;

/// <summary>
/// The contract's tolerance: utilities that differ by less than 1e-9 count as equal, for dominance, ties and
/// distinctness. Every comparison of utilities in the engine and in the brute-force reference goes through here.
/// </summary>
public static class Tolerance
{
    /// <summary>Utilities closer than this are equal.</summary>
    public const double Epsilon = 1e-9;

    /// <summary>a is not worse than b: it is above b or equal to it within the tolerance.</summary>
    public static bool NotWorse(double a, double b) => a >= b - Epsilon;

    /// <summary>a is better than b by more than the tolerance.</summary>
    public static bool Better(double a, double b) => a > b + Epsilon;

    /// <summary>Pareto dominance with tolerance: a is not worse on every coordinate and better on one.</summary>
    public static bool Dominates(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var better = false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] < b[i] - Epsilon)
            {
                return false;
            }

            better |= a[i] > b[i] + Epsilon;
        }

        return better;
    }

    /// <summary>Equal within the tolerance on every coordinate.</summary>
    public static bool Equal(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        for (var i = 0; i < a.Length; i++)
        {
            if (Math.Abs(a[i] - b[i]) > Epsilon)
            {
                return false;
            }
        }

        return true;
    }
}
