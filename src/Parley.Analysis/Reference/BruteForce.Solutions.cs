using Parley.Analysis.Model;
using Parley.Analysis.Solutions;

namespace Parley.Analysis.Reference;

public static partial class BruteForce
{
    /// <summary>
    /// The contract's solutions by enumeration: each optimum is taken over every package (two passes, the first for
    /// the Kalai–Smorodinsky ideal point), and the zone of agreement is counted on <see cref="Frontier"/>.
    /// </summary>
    public static AnalysisResult Solve(NegotiationInstance instance) => Analyse(instance).Result;

    /// <summary>The frontier and the solutions, enumerating the packages three times (frontier, optima, KS).</summary>
    public static (IReadOnlyList<Package> Frontier, AnalysisResult Result) Analyse(NegotiationInstance instance)
    {
        var table = UtilityTable.From(instance);
        var n = table.Parties;
        var r = instance.Parties.Select(p => p.Reservation).ToArray();
        var best = new Best[table.OptionCounts[0]];
        Parallel.For(0, table.OptionCounts[0], first =>
        {
            var b = new Best(n);
            var d = new double[n];
            Enumerate(table, first, (u, id) => b.Offer(u, id, r, d));
            best[first] = b;
        });

        var all = best.Aggregate((a, b) => a.Combine(b));
        var frontier = Frontier(instance);
        var zopa = frontier.Count(p => Objectives.Acceptable([.. p.Utilities], r));
        if (all.Nash.Id < 0)
        {
            return (frontier, new AnalysisResult(null, null, null, null, zopa, Concession(table, all.Concession.Id, r)));
        }

        var ideal = all.Ideal;
        var ks = new (long Id, double Value)[table.OptionCounts[0]];
        Parallel.For(0, table.OptionCounts[0], first =>
        {
            var top = (Id: -1L, Value: double.NegativeInfinity);
            Enumerate(table, first, (u, id) =>
            {
                if (Objectives.Acceptable(u, r))
                {
                    var v = Objectives.KalaiSmorodinsky(u, r, ideal);
                    if (top.Id < 0 || v > top.Value)
                    {
                        top = (id, v);
                    }
                }
            });
            ks[first] = top;
        });

        var bestKs = ks.Where(k => k.Id >= 0).MaxBy(k => k.Value);
        return (frontier, new AnalysisResult(PackageOf(table, all.Nash.Id), PackageOf(table, bestKs.Id),
            PackageOf(table, all.Egalitarian.Id), PackageOf(table, all.Utilitarian.Id), zopa, null));
    }

    private static Package PackageOf(UtilityTable table, long id)
    {
        var options = Decode(table, id);
        var u = new double[table.Parties];
        table.Utilities(options, u);
        return new Package(options, u);
    }

    private static Concession Concession(UtilityTable table, long id, double[] r)
    {
        var package = PackageOf(table, id);
        var d = new double[r.Length];
        Objectives.Reductions([.. package.Utilities], r, d);
        return new Concession(d, package.Options, package.Utilities);
    }
}
