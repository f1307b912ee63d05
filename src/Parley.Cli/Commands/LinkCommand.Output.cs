using System.Diagnostics;
using System.Globalization;
using System.Text;
using Parley.Domain.Humanitarian;
using Parley.Linkage;
using Spectre.Console;

namespace Parley.Cli.Commands;

internal static partial class LinkCommand
{
    /// <summary>Writes the contract's pairs file: UTF-8, header <c>left_id,right_id,score,decision,explanation</c>.</summary>
    private static void WritePairs(FileInfo file, List<PersonRecord> left, List<PersonRecord> right, LinkResult result)
    {
        var temporary = file.FullName + ".partial";
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false), 1 << 16))
        {
            writer.NewLine = "\n";
            writer.WriteLine("left_id,right_id,score,decision,explanation");
            foreach (var p in result.Pairs)
            {
                writer.Write(Quote(left[p.LeftIndex].Id));
                writer.Write(',');
                writer.Write(Quote(right[p.RightIndex].Id));
                writer.Write(',');
                writer.Write(p.Score.ToString("0.0000", CultureInfo.InvariantCulture));
                writer.Write(',');
                writer.Write(p.Decision == LinkDecision.Match ? "match" : "review");
                writer.Write(',');
                writer.WriteLine(Quote(p.Explanation));
            }
        }

        // Written aside then moved, so a failed run never leaves a half-written pairs file behind.
        File.Move(temporary, file.FullName, overwrite: true);
    }

    private static string Quote(string value) =>
        value.AsSpan().IndexOfAny("\",\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void PrintSummary(IAnsiConsole console, FileInfo file, LinkResult result, TimeSpan elapsed)
    {
        var s = result.Statistics;
        var table = new Table().AddColumn("").AddColumn(new TableColumn("").RightAligned()).HideHeaders();
        table.AddRow("left records", s.LeftCount.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("right records", s.RightCount.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("candidate pairs compared", s.CandidatePairs.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("match", s.Matches.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("review", s.Reviews.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("linking time", $"{s.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        table.AddRow("total time", $"{elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s");
        var peak = Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024);
        table.AddRow("peak memory", $"{peak.ToString("0", CultureInfo.InvariantCulture)} MiB");
        table.AddRow("written to", Markup.Escape(file.FullName));
        console.Write(table);
    }
}
