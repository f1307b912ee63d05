namespace Parley.Analysis.Solutions;

/// <summary>
/// The contract's objectives, written once and used by both the engine (over frontier points) and the brute-force
/// reference (over all packages). Each is non-decreasing in every utility, which is why its optimum lies on the
/// Pareto frontier.
/// </summary>
public static class Objectives
{
    /// <summary>True when no party's utility is below its reservation (within the tolerance).</summary>
    public static bool Acceptable(ReadOnlySpan<double> u, ReadOnlySpan<double> r)
    {
        for (var i = 0; i < u.Length; i++)
        {
            if (!Tolerance.NotWorse(u[i], r[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Product of gains over reservation; a gain within the tolerance of zero counts as zero.</summary>
    public static double Nash(ReadOnlySpan<double> u, ReadOnlySpan<double> r)
    {
        var product = 1.0;
        for (var i = 0; i < u.Length; i++)
        {
            product *= Math.Max(0, u[i] - r[i]);
        }

        return product;
    }

    /// <summary>The smallest gain over reservation: what the worst-off party gains.</summary>
    public static double Egalitarian(ReadOnlySpan<double> u, ReadOnlySpan<double> r)
    {
        var min = double.PositiveInfinity;
        for (var i = 0; i < u.Length; i++)
        {
            min = Math.Min(min, u[i] - r[i]);
        }

        return min;
    }

    /// <summary>The sum of the parties' utilities.</summary>
    public static double Utilitarian(ReadOnlySpan<double> u)
    {
        var sum = 0.0;
        foreach (var x in u)
        {
            sum += x;
        }

        return sum;
    }

    /// <summary>
    /// The smallest share of each party's possible gain, <c>(u_i - r_i) / (m_i - r_i)</c>, over parties whose best
    /// acceptable utility m_i exceeds r_i; +∞ when no party counts (then every acceptable package ties).
    /// </summary>
    public static double KalaiSmorodinsky(ReadOnlySpan<double> u, ReadOnlySpan<double> r, ReadOnlySpan<double> ideal)
    {
        var min = double.PositiveInfinity;
        for (var i = 0; i < u.Length; i++)
        {
            if (Tolerance.Better(ideal[i], r[i]))
            {
                min = Math.Min(min, (u[i] - r[i]) / (ideal[i] - r[i]));
            }
        }

        return min;
    }

    /// <summary>Fills the reductions and returns their maximum and sum.</summary>
    public static (double Max, double Sum) Reductions(ReadOnlySpan<double> u, ReadOnlySpan<double> r, Span<double> d)
    {
        double max = 0, sum = 0;
        for (var i = 0; i < u.Length; i++)
        {
            d[i] = Math.Max(0, r[i] - u[i]);
            max = Math.Max(max, d[i]);
            sum += d[i];
        }

        return (max, sum);
    }

    /// <summary>Lexicographic order on (largest reduction, sum of reductions), with the tolerance on the first.</summary>
    public static bool BetterConcession((double Max, double Sum) a, (double Max, double Sum) b) =>
        a.Max < b.Max - Tolerance.Epsilon || (a.Max <= b.Max + Tolerance.Epsilon && a.Sum < b.Sum - Tolerance.Epsilon);
}
