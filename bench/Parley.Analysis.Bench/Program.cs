using System.Globalization;
using Parley.Analysis.Reference;
using Parley.Analysis.Solutions;

namespace Parley.Analysis.Bench;

/// <summary>
/// The analysis benchmark: random instances (integer weights 1–9, option values uniform in [0, 1], fixed seeds),
/// timings as wall-clock medians with the process CPU time beside them (the machine is shared), and the ratio
/// against the brute-force reference measured in the same run. <c>--no-brute-force</c> skips the 60-million-package
/// enumeration; <c>--what-if</c> runs only the what-if rows (with their parts and the web page's demo instance).
/// </summary>
internal static class Program
{
    private const int Runs = 7;

    private static void Main(string[] args)
    {
        var rows = new List<string[]>();
        void Row(string what, string size, (double WallMs, double CpuMs) t, string note) =>
            rows.Add([what, size, F(t.WallMs), F(t.CpuMs), note]);

        var whatIfOnly = args.Contains("--what-if");
        foreach (var seed in whatIfOnly ? [] : new[] { 1, 2, 3 })
        {
            var big = RandomInstance.Create(seed, 4, 12, 6);
            var count = 0;
            Row($"frontier + solutions (seed {seed})", "4 x 12 x 6", Measure.Run(() => count = NegotiationAnalysis.Create(big).Frontier.Count, Runs),
                $"{count} frontier points; goal < 1000 ms");
            var two = RandomInstance.Create(seed, 2, 20, 5);
            Row($"frontier + solutions (seed {seed})", "2 x 20 x 5", Measure.Run(() => count = NegotiationAnalysis.Create(two).Frontier.Count, Runs),
                $"{count} frontier points; goal < 1000 ms");
        }

        var instance = RandomInstance.Create(1, 4, 12, 6);
        var analysis = NegotiationAnalysis.Create(instance);
        double[] high = [0.95, 0.95, 0.95, 0.95];
        AnalysisResult? result = null;
        Row("concessions on the computed frontier", "4 x 12 x 6", Measure.Run(() => result = BargainingSolver.Solve(analysis.Frontier, high), 21),
            $"zopa {result!.ZopaSize}, max reduction {F(result.Concessions!.Reductions.Max())}; goal < 10 ms");
        Row("what-if: reservation", "4 x 12 x 6", Measure.Run(() => analysis.WithReservation(2, 0.3), 21), "frontier re-used; goal < 50 ms");
        var last = analysis.Frontier.Chain.Order[^1];
        var step = 0;
        Row("what-if: value, last-merged issue", "4 x 12 x 6",
            Measure.Run(() => analysis.WithValue(1, last, 2, ++step % 10 / 10.0), Runs), "a slider's first move: the plain merge; goal < 50 ms");
        // A slider held for a while: its second move starts the cache, which is ready by the time of the later moves.
        var slider = analysis.WithValue(1, last, 2, 0.05).WithValue(1, last, 2, 0.15);
        slider.Frontier.Chain.Slider?.Cache?.Wait();
        var cached = 0;
        Row("what-if: value slider, chained edits", "4 x 12 x 6",
            Measure.Run(() => cached += (slider = slider.WithValue(1, last, 2, ++step % 10 / 10.0)).Frontier.Chain.FromSliderCache ? 1 : 0, Runs),
            $"each edit from the previous one, as on the page; {cached} of {Runs + 1} from the cache; goal < 50 ms");
        Row("what-if: weight, last-merged issue", "4 x 12 x 6",
            Measure.Run(() => analysis.WithWeight(3, last, ++step % 9 + 1), Runs), "goal < 50 ms");
        WhatIfAnyIssue(analysis, "value, first edit of an issue, chain redone", (a, i) => a.WithValue(0, i, 1, 0.5), Row);
        WhatIfPrepared(instance, Row);
        WhatIfParts(analysis, last, Row);
        WhatIfDemo(Row);

        if (!whatIfOnly && !args.Contains("--no-brute-force"))
        {
            BruteForceRatio(Row);
        }

        Print(rows);
    }

    /// <summary>The first edit of each issue, each from the same analysis: mean and worst issue.</summary>
    private static void WhatIfAnyIssue(NegotiationAnalysis analysis, string what, Func<NegotiationAnalysis, int, NegotiationAnalysis> edit,
        Action<string, string, (double, double), string> row)
    {
        var times = new List<(double Wall, double Cpu)>();
        for (var issue = 0; issue < analysis.Instance.Issues.Count; issue++)
        {
            var i = issue;
            times.Add(Measure.Run(() => edit(analysis, i), 3));
        }

        row($"what-if: {what} (mean)", "4 x 12 x 6", (times.Average(t => t.Wall), times.Average(t => t.Cpu)),
            $"worst issue {F(times.Max(t => t.Wall))} ms wall; goal < 50 ms");
    }

    /// <summary>
    /// After <see cref="NegotiationAnalysis.PrepareWhatIf"/>: the background work, then first edits of every issue
    /// (one merge each), and edits of different issues in turn, each from the previous analysis once its own
    /// background work is done (as on the page when a user moves from one slider to another).
    /// </summary>
    private static void WhatIfPrepared(Parley.Analysis.Model.NegotiationInstance instance, Action<string, string, (double, double), string> row)
    {
        row("what-if: background work after Create", "4 x 12 x 6",
            Measure.Run(() => NegotiationAnalysis.Create(instance).PrepareWhatIf().Wait(), 3), "Create + front(all but k) for every k; not on the edit path");
        var prepared = NegotiationAnalysis.Create(instance);
        prepared.PrepareWhatIf().Wait();
        var step = 0;
        WhatIfAnyIssue(prepared, "value, first edit of an issue", (a, i) => a.WithValue(0, i, 1, ++step % 10 / 10.0), row);
        WhatIfAnyIssue(prepared, "weight, first edit of an issue", (a, i) => a.WithWeight(2, i, ++step % 9 + 1), row);
        prepared.Frontier.Chain.CancelOutside();
        var current = prepared;
        var walls = new List<double>();
        var cpus = new List<double>();
        for (var k = 0; k < 2 * instance.Issues.Count; k++)
        {
            var issue = k * 5 % instance.Issues.Count;
            var t = Measure.Once(() => current = current.WithValue(k % 4, issue, k % 6, k % 7 / 7.0));
            walls.Add(t.WallMs);
            cpus.Add(t.CpuMs);
            current.PrepareWhatIf().Wait();
        }

        row("what-if: value, a different issue each time", "4 x 12 x 6", (Median(walls), Median(cpus)),
            $"{walls.Count} edits in turn, each from the last; worst {F(walls.Max())} ms wall; goal < 50 ms");
    }

    private static double Median(List<double> xs) => xs.Order().ElementAt(xs.Count / 2);

    /// <summary>Where a slider edit's time goes: the one merge redone, and the solutions on the new frontier.</summary>
    private static void WhatIfParts(NegotiationAnalysis analysis, int last, Action<string, string, (double, double), string> row)
    {
        var chain = analysis.Frontier.Chain;
        var rest = chain.Levels[^2];
        var leaf = chain.Leaves[last];
        var parties = analysis.Instance.Parties.Count;
        row("  part: the merge redone", "4 x 12 x 6", Measure.Run(() => Frontier.MergeStep.Merge(rest, leaf, parties), Runs),
            $"{rest.Count} x {leaf.Count} = {rest.Count * leaf.Count} candidates");
        double[] reservations = [.. analysis.Instance.Parties.Select(p => p.Reservation)];
        row("  part: solutions on the frontier", "4 x 12 x 6", Measure.Run(() => BargainingSolver.Solve(analysis.Frontier, reservations), 21),
            $"{analysis.Frontier.Count} frontier points");
    }

    /// <summary>The sliders of the web page's illustrative instance.</summary>
    private static void WhatIfDemo(Action<string, string, (double, double), string> row)
    {
        var demo = NegotiationAnalysis.Create(Examples.Istanbul2025());
        var step = 0;
        row("what-if: value (Istanbul demo)", "2 x 7", Measure.Run(() => demo.WithValue(0, 3, 1, ++step % 10 / 10.0), 21), "the page's value slider; goal < 50 ms");
        row("what-if: weight (Istanbul demo)", "2 x 7", Measure.Run(() => demo.WithWeight(1, 3, ++step % 9 + 1), 21), "the page's weight slider");
    }

    private static void BruteForceRatio(Action<string, string, (double, double), string> row)
    {
        var instance = RandomInstance.Create(1, 4, 10, 6);
        NegotiationAnalysis? analysis = null;
        var engine = Measure.Run(() => analysis = NegotiationAnalysis.Create(instance), Runs);
        row("engine: frontier + solutions", "4 x 10 x 6", engine, $"{analysis!.Frontier.Count} frontier points");
        var brute = (Frontier: (IReadOnlyList<Package>)[], Result: new AnalysisResult(null, null, null, null, -1, null));
        var reference = Measure.Once(() => brute = BruteForce.Analyse(instance));
        var same = brute.Frontier.Count == analysis.Frontier.Count
            && Math.Abs(NashSum(brute.Result) - NashSum(analysis.Result)) < 1e-9
            && brute.Result.ZopaSize == analysis.Result.ZopaSize;
        row("brute force: frontier + solutions, 2 cores", "4 x 10 x 6", reference,
            $"{instance.PackageCount:N0} packages, {brute.Frontier.Count} frontier points, {(same ? "same answers" : "DIFFERENT ANSWERS")}; " +
            $"engine is {reference.WallMs / engine.WallMs:N0}x faster (wall), {reference.CpuMs / engine.CpuMs:N0}x (cpu)");
    }

    private static double NashSum(AnalysisResult result) => result.Nash?.Utilities.Sum() ?? -1;

    private static void Print(List<string[]> rows)
    {
        string[] header = ["scenario", "parties x issues x options", "wall ms (median)", "cpu ms", "notes"];
        var widths = header.Select((h, c) => Math.Max(h.Length, rows.Max(r => r[c].Length))).ToArray();
        Console.WriteLine($"| {string.Join(" | ", header.Select((h, c) => h.PadRight(widths[c])))} |");
        Console.WriteLine($"|{string.Join("|", widths.Select(w => new string('-', w + 2)))}|");
        foreach (var r in rows)
        {
            Console.WriteLine($"| {string.Join(" | ", r.Select((v, c) => v.PadRight(widths[c])))} |");
        }

        Console.WriteLine($"{Environment.ProcessorCount} cores, {Environment.Version}, load average {LoadAverage()}");
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    private static string F(double x) => x.ToString(x < 10 ? "0.00" : "0", CultureInfo.InvariantCulture);
}
