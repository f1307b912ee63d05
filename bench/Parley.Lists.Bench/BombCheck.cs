using System.Diagnostics;
using System.Globalization;
using Parley.Tests.Shared;

namespace Parley.Lists.Bench;

/// <summary>
/// Issue 14, finding 3: time and memory of reading each upload bomb, with today's limits ("after") and without them
/// ("before": MiniExcel's query over the sheet for XLSX, as the reader did; every limit lifted for CSV). Each case runs in a child process of its own, so its
/// peak working set is its own: the table gives wall time, CPU time, bytes allocated, the peak working set above the
/// child's start, and the managed heap still held after a full collection.
/// </summary>
internal static class BombCheck
{
    private static readonly string[] Cases = ["xlsx-256MiB-cell", "xlsx-2M-rows", "csv-256MiB-line", "csv-2M-rows", "gzip-csv-2M-rows"];

    private static readonly PersonListReadOptions Unbounded = new()
    {
        MaxRows = long.MaxValue,
        MaxColumns = int.MaxValue,
        MaxCellChars = int.MaxValue,
        MaxUncompressedBytes = long.MaxValue,
        MaxCompressionRatio = int.MaxValue,
        MaxRecordBytes = int.MaxValue,
    };

    public static void Run(bool before)
    {
        Console.WriteLine($"upload bombs, {Environment.ProcessorCount} cores, load average {Load()}");
        Console.WriteLine($"| {"bomb",-18} | {"size",8} | {"limits",6} | {"wall ms",8} | {"CPU ms",8} | {"allocated MiB",13} | {"peak WS +MiB",12} | {"held after MiB",14} | outcome");
        Console.WriteLine("|---|---:|---|---:|---:|---:|---:|---:|---");
        foreach (var name in Cases)
        {
            foreach (var mode in before ? new[] { "before", "after" } : ["after"])
            {
                // Run through the apphost, or through dotnet with the assembly when started as `dotnet X.dll`.
                var viaDotnet = Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet";
                string[] arguments = viaDotnet ? [typeof(BombCheck).Assembly.Location, "bomb", name, mode] : ["bomb", name, mode];
                var child = Process.Start(new ProcessStartInfo(Environment.ProcessPath!, arguments)
                {
                    RedirectStandardOutput = true,
                    UseShellExecute = false,
                })!;
                var line = child.StandardOutput.ReadToEnd().Trim();
                child.WaitForExit();
                Console.WriteLine(child.ExitCode == 0 ? line : $"| {name,-18} | | {mode} | child exited {child.ExitCode} (out of memory?) |");
            }
        }

        Console.WriteLine($"load average at end {Load()}");
    }

    /// <summary>One case in this (child) process.</summary>
    public static void One(string name, string mode)
    {
        var options = mode == "before" ? Unbounded : PersonListReadOptions.Default;
        using var input = Build(name, out var size);
        var process = Process.GetCurrentProcess();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var heapBefore = GC.GetTotalMemory(forceFullCollection: true);
        process.Refresh();
        var workingSet = process.WorkingSet64;
        var peakBefore = process.PeakWorkingSet64;
        var cpu = process.TotalProcessorTime;
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var outcome = mode == "before" && name.StartsWith("xlsx", StringComparison.Ordinal) ? MiniExcelRead(input) : Read(input, options);

        var wall = clock.Elapsed.TotalMilliseconds;
        allocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
        process.Refresh();
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        // 0 when the read never rose above the peak the bomb's construction had reached.
        var peak = process.PeakWorkingSet64 > peakBefore ? process.PeakWorkingSet64 - workingSet : 0;
        var held = GC.GetTotalMemory(forceFullCollection: true) - heapBefore;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name,-18} | {size / 1e6,6:0.00} MB | {mode,6} | {wall,8:N0} | {cpuMs,8:N0} | {allocated / 1048576.0,13:N1} | {peak / 1048576.0,12:N1} | {held / 1048576.0,14:N1} | {outcome}"));
    }

    // A frame of its own, so that nothing the read held stays reachable from this method's (unoptimised, tier-0) locals.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string Read(Stream input, PersonListReadOptions options)
    {
        using var reader = PersonListReader.Open(input, options, leaveOpen: true);
        var rows = reader.ReadRecords().Count();
        return reader.ErrorCount > 0 ? "refused: " + Shorten(reader.Issues[0].Reason) : $"read {rows:N0} rows";
    }

    /// <summary>What the reader did before the limits: MiniExcel's query over the whole first sheet.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static string MiniExcelRead(Stream input)
    {
        try
        {
            var rows = MiniExcelLibs.MiniExcel.Query(input, useHeaderRow: false, excelType: MiniExcelLibs.ExcelType.XLSX,
                configuration: new MiniExcelLibs.OpenXml.OpenXmlConfiguration { EnableSharedStringCache = false }).Count();
            return $"MiniExcel read {rows:N0} rows";
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return $"MiniExcel failed: {e.GetType().Name}";
        }
    }

    private static Stream Build(string name, out long size)
    {
        Stream stream = name switch
        {
            "xlsx-256MiB-cell" => new MemoryStream(UploadBombs.XlsxHugeCell()),
            "xlsx-2M-rows" => new MemoryStream(UploadBombs.XlsxManyRows()),
            "csv-256MiB-line" => UploadBombs.CsvHugeLine(256L << 20),
            "csv-2M-rows" => UploadBombs.CsvManyRows(2_000_000),
            "gzip-csv-2M-rows" => new MemoryStream(UploadBombs.GzipCsv()),
            _ => throw new ArgumentException($"unknown bomb {name}"),
        };
        size = stream.CanSeek ? stream.Length : (256L << 20) + 60;
        return stream;
    }

    private static string Shorten(string reason) => reason.Length > 90 ? reason[..90] + "…" : reason;

    private static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
}
