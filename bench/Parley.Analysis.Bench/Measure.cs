using System.Diagnostics;

namespace Parley.Analysis.Bench;

/// <summary>Wall-clock median and process CPU time per run of an action, after one warm-up run.</summary>
internal static class Measure
{
    public static (double WallMs, double CpuMs) Run(Action action, int runs)
    {
        action();
        var walls = new double[runs];
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        for (var i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            action();
            walls[i] = clock.Elapsed.TotalMilliseconds;
        }

        process.Refresh();
        Array.Sort(walls);
        return (walls[runs / 2], (process.TotalProcessorTime - cpu).TotalMilliseconds / runs);
    }

    public static (double WallMs, double CpuMs) Once(Action action)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        action();
        var wall = clock.Elapsed.TotalMilliseconds;
        process.Refresh();
        return (wall, (process.TotalProcessorTime - cpu).TotalMilliseconds);
    }
}
