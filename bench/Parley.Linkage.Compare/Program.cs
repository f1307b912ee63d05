using System.CommandLine;
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
        var sample = new Option<int>("--baseline-sample") { Description = "Query only this many left records (random sample) in the baselines and extrapolate their query time; 0 = all", DefaultValueFactory = _ => 0 };
        var seed = new Option<int>("--seed") { Description = "Generator seed", DefaultValueFactory = _ => 7 };
        var skip = new Option<string[]>("--skip") { Description = "Contenders to leave out: pg, lucene, parley", DefaultValueFactory = _ => [], AllowMultipleArgumentsPerToken = true };
        var work = new Option<string>("--work-dir") { Description = "Where the generated list files go", DefaultValueFactory = _ => Path.Combine(Path.GetTempPath(), "parley-compare") };
        var root = new RootCommand("Compares Parley's linker with pg_trgm and Lucene.Net baselines") { sizes, parleySizes, sample, seed, skip, work };
        root.SetAction(result => Run(new Settings(
            result.GetValue(sizes)!, result.GetValue(parleySizes)!, result.GetValue(sample), result.GetValue(seed), result.GetValue(skip)!, result.GetValue(work)!)));
        return root.Parse(args).Invoke();
    }

    private static int Run(Settings settings)
    {
        var connection = settings.Skip.Contains("pg") ? "" : Postgres.Start();
        Console.WriteLine($"Synthetic lists (seed {settings.Seed}, generator defaults), {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Console.WriteLine();
        Console.WriteLine("| per side | contender | time | precision | recall | F1 | matches | notes |");
        Console.WriteLine("|---:|---|---:|---:|---:|---:|---:|---|");
        foreach (var size in settings.Sizes.Concat(settings.ParleySizes).Distinct())
        {
            var data = Dataset.Create(size, settings.Seed, settings.WorkDir);
            Console.Error.WriteLine($"[{size:N0}] lists generated; read back by Parley.Lists in {data.ReadTime.TotalSeconds:F2} s");
            var contenders = new List<IContender>();
            if (!settings.Skip.Contains("parley"))
            {
                contenders.Add(new ParleyContender());
            }

            if (settings.Sizes.Contains(size) && !settings.Skip.Contains("lucene"))
            {
                contenders.Add(new LuceneContender());
            }

            if (settings.Sizes.Contains(size) && !settings.Skip.Contains("pg"))
            {
                contenders.Add(new PgTrgmContender(connection));
            }

            foreach (var contender in contenders)
            {
                Console.Error.WriteLine($"[{size:N0}] {contender.Name} …");
                Console.WriteLine(Measure(contender, data, settings));
            }
        }

        return 0;
    }

    private static string Measure(IContender contender, Dataset data, Settings settings)
    {
        var sampled = contender is not ParleyContender && settings.BaselineSample > 0 && settings.BaselineSample < data.Left.Count;
        var left = sampled ? Sample(data.Left, settings.BaselineSample, settings.Seed) : data.Left;
        var leftIds = left.Select(p => p.Id).ToHashSet();
        GC.Collect();
        var run = contender.Link(data, left);
        var q = LinkEvaluation.Score(run.Matches, data.Truth.Where(t => leftIds.Contains(t.LeftId)));
        var scale = (double)data.Left.Count / left.Count;
        var seconds = run.Prepare.TotalSeconds + (run.Query.TotalSeconds * scale);
        var note = run.Prepare > TimeSpan.Zero
            ? $"prepare {run.Prepare.TotalSeconds:F1} s + queries {run.Query.TotalSeconds:F1} s" : "";
        if (sampled)
        {
            note += $"; {left.Count:N0} sampled left records queried, query time ×{scale:F0}, quality on the sample";
        }

        note = string.Join("; ", new[] { note, run.Note }.Where(n => n.Length > 0));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"| {data.Size:N0} | {contender.Name} | {(sampled ? "≈ " : "")}{seconds:F2} s | {q.Precision:F4} | {q.Recall:F4} | {q.F1:F4} | {q.Predicted:N0} | {note} |");
    }

    private static List<Person> Sample(IReadOnlyList<Person> people, int count, int seed)
    {
        var indices = Enumerable.Range(0, people.Count).ToArray();
        new Random(seed).Shuffle(indices);
        return [.. indices.Take(count).Order().Select(i => people[i])];
    }

    private sealed record Settings(int[] Sizes, int[] ParleySizes, int BaselineSample, int Seed, string[] Skip, string WorkDir);
}
