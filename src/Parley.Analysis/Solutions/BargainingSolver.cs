using Parley.Analysis.Frontier;

namespace Parley.Analysis.Solutions;

/// <summary>
/// Finds the bargaining solutions, the zone of possible agreement and the concessions on a computed frontier. Every
/// objective is non-decreasing in each utility (each reduction non-increasing), and a point that dominates an
/// acceptable package is itself acceptable, so scanning the frontier finds the optimum over all packages
/// (docs/analysis.md gives the argument).
/// </summary>
public static class BargainingSolver
{
    /// <summary>The acceptable packages and the Nash, Kalai–Smorodinsky, egalitarian and utilitarian packages of the frontier.</summary>
    public static AnalysisResult Solve(ParetoFrontier frontier, IReadOnlyList<double> reservations)
    {
        var n = frontier.Parties;
        ReadOnlySpan<double> r = [.. reservations];
        var ideal = new double[n];
        Array.Fill(ideal, double.NegativeInfinity);
        int nash = -1, egalitarian = -1, utilitarian = -1, concession = -1, zopa = 0;
        double bestNash = double.NegativeInfinity, bestEgal = double.NegativeInfinity, bestUtil = double.NegativeInfinity;
        var bestConcession = (Max: double.PositiveInfinity, Sum: double.PositiveInfinity);
        Span<double> d = stackalloc double[n];
        for (var x = 0; x < frontier.Count; x++)
        {
            var u = frontier.Utilities(x);
            if (!Objectives.Acceptable(u, r))
            {
                var reduction = Objectives.Reductions(u, r, d);
                if (concession < 0 || Objectives.BetterConcession(reduction, bestConcession))
                {
                    (concession, bestConcession) = (x, reduction);
                }

                continue;
            }

            zopa++;
            for (var i = 0; i < n; i++)
            {
                ideal[i] = Math.Max(ideal[i], u[i]);
            }

            Improve(ref nash, ref bestNash, x, Objectives.Nash(u, r));
            Improve(ref egalitarian, ref bestEgal, x, Objectives.Egalitarian(u, r));
            Improve(ref utilitarian, ref bestUtil, x, Objectives.Utilitarian(u));
        }

        if (zopa == 0)
        {
            return new AnalysisResult(null, null, null, null, 0, ConcessionAt(frontier, concession, r));
        }

        var ks = -1;
        var bestKs = double.NegativeInfinity;
        for (var x = 0; x < frontier.Count; x++)
        {
            var u = frontier.Utilities(x);
            if (Objectives.Acceptable(u, r))
            {
                Improve(ref ks, ref bestKs, x, Objectives.KalaiSmorodinsky(u, r, ideal));
            }
        }

        return new AnalysisResult(
            PackageAt(frontier, nash), PackageAt(frontier, ks), PackageAt(frontier, egalitarian),
            PackageAt(frontier, utilitarian), zopa, null);
    }

    private static void Improve(ref int best, ref double bestValue, int candidate, double value)
    {
        if (best < 0 || value > bestValue)
        {
            (best, bestValue) = (candidate, value);
        }
    }

    private static Package PackageAt(ParetoFrontier frontier, int index) =>
        new(frontier.Options(index), frontier.Utilities(index).ToArray());

    private static Concession ConcessionAt(ParetoFrontier frontier, int index, ReadOnlySpan<double> r)
    {
        var u = frontier.Utilities(index);
        var d = new double[u.Length];
        Objectives.Reductions(u, r, d);
        return new Concession(d, frontier.Options(index), u.ToArray());
    }
}
