using System.CommandLine;
using System.Diagnostics;
using System.Globalization;

namespace Parley.Linkage.Compare;

/// <summary>
/// Issue 6's comparison: on the same synthetic lists in the same run, Parley's linker against a
/// PostgreSQL pg_trgm baseline and a Lucene.Net fuzzy baseline; prints time, precision, recall and F1
/// of the match pairs against the generator's truth as a Markdown table.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        var sizes = new Option<int[]>("--sizes") { Description = "Per-side sizes for all three", DefaultValueFactory = _ => [20_000, 100_000], AllowMultipleArgumentsPerToken = true };
        var parleySizes = new Option<int[]>("--parley-sizes") { Description = "Larger per-side sizes for Parley alone", DefaultValueFactory = _ => [], AllowMultipleArgumentsPerToken = true };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 7 };
        var skip = new Option<string[]>("--skip") { Description = "Contenders to leave out: pg, lucene, parley", DefaultValueFactory = _ => [], AllowMultipleArgumentsPerToken = true };
        var work = new Option<string>("--work-dir") { Description = "Where the generated list files go", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "parley-compare") };
        var root = new RootCommand("Compares Parley's linker with pg_trgm and Lucene.Net baselines") { sizes, parleySizes, seed, skip, work };
        root.SetAction(result => Run(
            result.GetValue(sizes)!, result.GetValue(parleySizes)!, result.GetValue(seed), result.GetValue(skip)!, result.GetValue(work)!));
        return root.Parse(args).Invoke();
    }

    private static int Run(int[] sizes, int[] parleySizes, int seed, string[] skip, string workDir)
    {
        var connection = Postgres.Start();
        Console.WriteLine($"Synthetic lists (seed {seed}, generator defaults), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| per side | contender | time | precision | recall | F1 | matches | notes |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var size in sizes.Concat(parleySizes).Distinct())
        {
            var data = Dataset.Create(size, seed, workDir);
            Console.Error.WriteLine($"[{size:N0}] lists generated; read back by Parley.Lists in {data.ReadTime.TotalSeconds:F2} s");
            var all = sizes.Contains(size);
            var contenders = new List<IContender> { new ParleyContender() };
            if (all && !skip.Contains("lucene"))
            {
                contenders.Add(new LuceneContender());
            }

            if (all && !skip.Contains("pg"))
            {
                contenders.Add(new PgTrgmContender(connection));
            }

            foreach (var contender in contenders.Where(c => !(c is ParleyContender && skip.Contains("parley"))))
            {
                Console.Error.WriteLine($"[{size:N0}] {contender.Name} …");
                GC.Collect();
                var clock = Stopwatch.StartNew();
                var matches = contender.Link(data);
                clock.Stop();
                var q = LinkEvaluation.Score(matches, data.Truth);
                Console.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"| {size:N0} | {contender.Name} | {clock.Elapsed.TotalSeconds:F2} s | {q.Precision:F4} | {q.Recall:F4} | {q.F1:F4} | {q.Predicted:N0} | {contender.Note} |"));
            }
        }

        return 0;
    }
}
