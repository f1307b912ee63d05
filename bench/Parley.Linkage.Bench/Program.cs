using System.Diagnostics;
using System.Globalization;

namespace Parley.Linkage.Bench;

/// <summary>
/// Times Parley's linker on synthetic list pairs (seed 7; the generator's defaults, and with --wide its widened
/// population) and prints one table row per size: time, peak memory, blocking recall and match
/// precision/recall/F1. Each size runs in a child process so that peak memory is that size's own.
/// Usage: Parley.Linkage.Bench [--wide] [sizes...]   (default 20000 100000)
///        Parley.Linkage.Bench --learn N [--wide] [decisions]   (precision/recall before and after learning)
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args is ["--diagnose", var n])
        {
            return Diagnose.Run(int.Parse(n, CultureInfo.InvariantCulture), 12, sweep: false);
        }

        if (args is ["--sweep", var m])
        {
            return Diagnose.Run(int.Parse(m, CultureInfo.InvariantCulture), 0, sweep: true);
        }

        var wide = args.Contains("--wide");
        args = [.. args.Where(a => a != "--wide")];
        if (args is ["--learn", var learnSize, .. var rest])
        {
            return Learning.Run(int.Parse(learnSize, CultureInfo.InvariantCulture), wide, rest.Length > 0 ? int.Parse(rest[0], CultureInfo.InvariantCulture) : 300);
        }

        if (args is ["--one", var one])
        {
            return RunOne(int.Parse(one, CultureInfo.InvariantCulture), wide);
        }

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [20_000, 100_000];
        Console.WriteLine($"Parley.Linkage on {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine($"population: {(wide ? "wide (SyntheticOptions.Wide)" : "generator defaults")}, seed 7");
        Console.WriteLine("| per side | link time (wall) | CPU time | peak memory | candidates | blocking recall | precision | recall | F1 | review rows |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var size in sizes)
        {
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            {
                start.ArgumentList.Add(typeof(Program).Assembly.Location);
            }

            if (wide)
            {
                start.ArgumentList.Add("--wide");
            }

            start.ArgumentList.Add("--one");
            start.ArgumentList.Add(size.ToString(CultureInfo.InvariantCulture));
            using var child = Process.Start(start)!;
            var line = child.StandardOutput.ReadToEnd();
            child.WaitForExit();
            Console.Write(line);
        }

        return 0;
    }

    private static int RunOne(int size, bool wide)
    {
        var lists = Learning.Generate(size, wide);
        var linker = new PersonLinker();
        var blocking = linker.MeasureBlocking(lists.Left, lists.Right, lists.Truth);
        GC.Collect();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var stages = new StageTimer(clock);
        var result = linker.Link(lists.Left, lists.Right, stages);
        clock.Stop();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime - cpuBefore;
        Console.Error.WriteLine($"{size}: {stages}");
        var peak = Process.GetCurrentProcess().PeakWorkingSet64;
        var matches = result.Pairs.Where(p => p.Decision == LinkDecision.Match)
            .Select(p => (lists.Left[p.LeftIndex].Id, lists.Right[p.RightIndex].Id));
        var q = LinkEvaluation.Score(matches, lists.Truth);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {size:N0} | {clock.Elapsed.TotalSeconds:F2} s | {cpu.TotalSeconds:F2} s | {peak / (1024.0 * 1024 * 1024):F2} GiB | {result.Statistics.CandidatePairs:N0} | {blocking.Recall:P2} | {q.Precision:F4} | {q.Recall:F4} | {q.F1:F4} | {result.Statistics.Reviews:N0} |"));
        return 0;
    }
}
