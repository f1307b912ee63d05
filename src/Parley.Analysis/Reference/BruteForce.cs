using Parley.Analysis.Model;
using Parley.Analysis.Solutions;

namespace Parley.Analysis.Reference;

/// <summary>
/// The reference the engine is tested and benchmarked against: it enumerates every package (an odometer over the
/// options with incremental partial sums) on all cores, with no pruning of any kind.
/// </summary>
public static partial class BruteForce
{
    /// <summary>Every Pareto-optimal package, equal utility vectors once, as option indices and utilities.</summary>
    public static IReadOnlyList<Package> Frontier(NegotiationInstance instance)
    {
        var table = UtilityTable.From(instance);
        var n = table.Parties;
        var windows = new List<SkylineWindow>();
        var gate = new Lock();
        Parallel.For(0, table.OptionCounts[0], () => new SkylineWindow(n), (first, _, window) =>
        {
            Enumerate(table, first, (u, id) => window.Offer(u, id));
            return window;
        }, window =>
        {
            lock (gate)
            {
                windows.Add(window);
            }
        });

        var merged = new SkylineWindow(n);
        foreach (var window in windows)
        {
            for (var i = 0; i < window.Count; i++)
            {
                merged.Offer(window.Point(i), window.Id(i));
            }
        }

        var result = new List<Package>(merged.Count);
        for (var i = 0; i < merged.Count; i++)
        {
            result.Add(new Package(Decode(table, merged.Id(i)), merged.Point(i).ToArray()));
        }

        return result;
    }

    /// <summary>
    /// Calls <paramref name="visit"/> for every package whose first option is <paramref name="first"/>, with its
    /// utility vector and its package number (mixed radix, issue 0 most significant).
    /// </summary>
    internal static void Enumerate(UtilityTable table, int first, Action<ReadOnlySpan<double>, long> visit)
    {
        var issues = table.Issues;
        var n = table.Parties;
        var radix = table.OptionCounts;
        var digits = new int[issues];
        digits[0] = first;
        var sums = new double[(issues + 1) * n];
        var level = 0;
        long id = first;
        for (var i = 1; i < issues; i++)
        {
            id *= radix[i];
        }

        while (true)
        {
            for (var i = level; i < issues; i++)
            {
                var v = table.Option(i, digits[i]);
                for (var p = 0; p < n; p++)
                {
                    sums[(i + 1) * n + p] = sums[i * n + p] + v[p];
                }
            }

            visit(sums.AsSpan(issues * n, n), id);
            id++;
            level = issues - 1;
            while (level > 0 && ++digits[level] == radix[level])
            {
                digits[level] = 0;
                level--;
            }

            if (level == 0)
            {
                return;
            }
        }
    }

    internal static int[] Decode(UtilityTable table, long id)
    {
        var options = new int[table.Issues];
        for (var i = table.Issues - 1; i >= 0; i--)
        {
            options[i] = (int)(id % table.OptionCounts[i]);
            id /= table.OptionCounts[i];
        }

        return options;
    }
}
