using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Parley.Data.Configuration;
using Parley.Domain.Access;
using Parley.Linkage.Synthetic;
using Parley.Lists;
using Parley.Application;
using Parley.Application.Humanitarian.Import;

// Times filing a generated list of N persons (default 100,000) into a fresh SQLite data directory through
// PersonImporter — read, validate, seal every record, one transaction, log entry — against reading the same
// file alone (the in-run baseline); then runs the real CLI (scripts/parley, compiled ahead of time) as a fresh
// process per run, into a data directory created just before (not timed). Goal from issue 7: 100,000 rows in < 10 s.
//   dotnet run -c Release --project bench/Parley.Humanitarian.Bench -- [rows=100000] [runs=3]
var rows = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 100_000;
var runs = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 3;
var work = Directory.CreateTempSubdirectory("parley-humanitarian-bench-").FullName;
try
{
    var file = Path.Combine(work, "list.csv");
    Parley.Lists.PersonListWriter.Write(file, SyntheticListGenerator.Generate(new SyntheticOptions { LeftCount = rows, RightCount = 0, Seed = 11 }).Left, PersonListFileFormat.Default);
    Console.Error.WriteLine($"generated {rows:N0} rows ({new FileInfo(file).Length / 1024.0 / 1024.0:F1} MiB)");

    var read = new List<double>();
    var import = new List<double>();
    var cli = new List<double>();
    for (var run = 0; run < runs; run++)
    {
        var clock = Stopwatch.StartNew();
        await using (var stream = File.OpenRead(file))
        {
            var result = PersonList.Read(stream, new PersonListReadOptions());
            if (!result.IsValid || result.Records.Count != rows)
                throw new InvalidOperationException($"the generated list did not read cleanly: {result.ErrorCount} errors");
        }
        read.Add(clock.Elapsed.TotalSeconds);
        import.Add(await ImportAsync(work, run, file, rows));
        cli.Add(await CliImportAsync(work, run, file, rows));
    }

    Console.WriteLine($"| stage ({rows:N0} rows, median of {runs}) | seconds | rows/s | × read |");
    Console.WriteLine("|---|---:|---:|---:|");
    Row("read and validate only (baseline)", Median(read));
    Row("PersonImporter into SQLite, in this process (whole file, one transaction)", Median(import));
    Row("`scripts/parley import`, a fresh process (start-up, read, seal, store, commit)", Median(cli));
    Console.WriteLine($"goal: < 10 s for 100,000 rows → {(Math.Max(Median(import), Median(cli)) * 100_000 / rows < 10 ? "met" : "NOT met")}");

    void Row(string stage, double seconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {seconds:F2} | {rows / seconds:N0} | {seconds / Median(read):F1} |"));
}
finally
{
    SqliteConnection.ClearAllPools();
    Directory.Delete(work, recursive: true);
}

// The real CLI in a fresh process, as an operator runs it; the database is created by an untimed first call.
static async Task<double> CliImportAsync(string work, int run, string file, int rows)
{
    var data = Path.Combine(work, $"cli-{run}");
    await RunCliAsync(data, "users", "list");
    var clock = Stopwatch.StartNew();
    var output = await RunCliAsync(data, "import", file, "--party", "UA", "--held-by", "RU");
    var seconds = clock.Elapsed.TotalSeconds;
    if (!output.Contains($"stored {rows} persons", StringComparison.Ordinal))
        throw new InvalidOperationException($"parley import did not store the list: {output}");
    return seconds;
}

static async Task<string> RunCliAsync(string data, params string[] args)
{
    var script = Path.Combine(RepositoryRoot(), "scripts", "parley");
    var start = new ProcessStartInfo(script) { RedirectStandardOutput = true, RedirectStandardError = true };
    foreach (var arg in args)
        start.ArgumentList.Add(arg);
    start.Environment["PARLEY_DATA"] = data;
    using var process = Process.Start(start)!;
    var output = process.StandardOutput.ReadToEndAsync();
    var errors = process.StandardError.ReadToEndAsync();
    await process.WaitForExitAsync();
    if (process.ExitCode != 0)
        throw new InvalidOperationException($"scripts/parley {string.Join(' ', args)} exited {process.ExitCode}: {await errors}");
    return await output;
}

static string RepositoryRoot()
{
    for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
    {
        if (File.Exists(Path.Combine(dir.FullName, "scripts", "parley")))
            return dir.FullName;
    }
    throw new InvalidOperationException("scripts/parley not found above " + AppContext.BaseDirectory);
}

static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);

static async Task<double> ImportAsync(string work, int run, string file, int rows)
{
    var services = new ServiceCollection();
    services.AddLogging();
    services.AddParleyApplication(ParleyDataOptions.Create(Path.Combine(work, $"data-{run}"), null));
    await using var provider = services.BuildServiceProvider();
    await using (var init = provider.CreateAsyncScope())
    {
        await init.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(loadDemo: true);
    }
    await using var scope = provider.CreateAsyncScope();
    var importer = scope.ServiceProvider.GetRequiredService<PersonImporter>();
    var clock = Stopwatch.StartNew();
    await using var stream = File.OpenRead(file);
    var outcome = await importer.ImportAsync(new Viewer(ParleyRole.Humanitarian, null, "bench", "bench"), stream, new ImportRequest("UA", "list.csv", "RU"));
    var seconds = clock.Elapsed.TotalSeconds;
    if (!outcome.Stored || outcome.Rows != rows)
        throw new InvalidOperationException($"import refused: {outcome.Refusal} {string.Join("; ", outcome.Issues.Take(3))}");
    return seconds;
}
