using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Parley.Lists.Bench;

/// <summary>
/// Streams a large generated list file from disk (<c>stream MB</c>) and reports rows, time and peak
/// working set, to show that memory stays flat apart from the set of ids seen.
/// </summary>
internal static class StreamCheck
{
    public static void Run(int megabytes)
    {
        var path = Path.Combine(Path.GetTempPath(), $"parley-stream-{megabytes}mb.csv");
        var written = Write(path, megabytes * 1_000_000L);
        GC.Collect();
        var clock = Stopwatch.StartNew();
        long records = 0, maxHeap = 0, maxWorkingSet = 0;
        using (var reader = PersonListReader.Open(path))
        {
            foreach (var record in reader.ReadRecords())
            {
                records += record.Id.Length > 0 ? 1 : 0;
                if (records % 250_000 == 0)
                {
                    maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false));
                    maxWorkingSet = Math.Max(maxWorkingSet, Environment.WorkingSet);
                }
            }

            if (reader.ErrorCount > 0)
            {
                throw new InvalidOperationException(reader.Issues[0].ToString());
            }
        }

        clock.Stop();
        var process = Process.GetCurrentProcess();
        File.Delete(path);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"streamed {written / 1e6:N0} MB, {records:N0} rows in {clock.Elapsed.TotalSeconds:F1} s (CPU {process.TotalProcessorTime.TotalSeconds:F1} s incl. writing); while reading: managed heap ≤ {maxHeap / 1e6:N0} MB, working set ≤ {maxWorkingSet / 1e6:N0} MB; process peak {process.PeakWorkingSet64 / 1e6:N0} MB"));
    }

    private static long Write(string path, long bytes)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 20);
        writer.Write("id,family_name,given_name,patronymic,date_of_birth,sex,category,notes\n");
        for (var i = 0; stream.Position < bytes; i++)
        {
            writer.Write(string.Create(
                CultureInfo.InvariantCulture,
                $"UA-{i:D9},Шевченко{i % 9973},Олександр,Іванович,{1950 + (i % 60)}-{1 + (i % 12):D2}-{1 + (i % 28):D2},M,military,\"held at site {i % 97}, \"\"block\"\" {i % 7}\"\n"));
        }

        writer.Flush();
        return stream.Length;
    }
}
