using System.Data.Common;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Ledger.Entries;
using Parley.Ledger.Storage;

namespace Parley.Ledger.Bench;

/// <summary>
/// Measures the ledger on a real SQLite file: durable batched appends, proofs served from tiles through the bounded
/// cache, proof verification, recomputing the whole log from its tiles, and the naive baseline, printed as one table.
/// </summary>
internal sealed partial class LedgerHarness : IAsyncDisposable
{
    private readonly BenchOptions _options;
    private readonly List<BenchRow> _rows = [];

    private LedgerHarness(BenchOptions options) => _options = options;

    public static async Task<LedgerHarness> CreateAsync(BenchOptions options)
    {
        if (Directory.Exists(options.Directory))
        {
            Directory.Delete(options.Directory, true);
        }
        Directory.CreateDirectory(options.Directory);
        var harness = new LedgerHarness(options);
        await using var connection = await harness.OpenAsync("appends.db");
        await LedgerSchema.EnsureCreatedAsync(connection);
        await using var big = await harness.OpenAsync("log.db");
        await LedgerSchema.EnsureCreatedAsync(big);
        return harness;
    }

    public async Task RunAsync()
    {
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a";
        Console.WriteLine($"parley ledger bench: {Environment.ProcessorCount} cores, load average at start {load}, {_options}");
        await DurableAppendsAsync();
        await BuildLogAsync();
        var proofs = await ServeProofsAsync(_options.Cache, "all tiles fit");
        await ServeProofsAsync(Math.Max(64, _options.Cache / 8), "1/8 of the cache: misses read SQLite");
        await VerifyProofsAsync(proofs);
        await RecomputeAsync();
        await NaiveBaselineAsync();
        Print();
        Console.WriteLine($"load average at end: {(File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "n/a")}");
    }

    private async Task<DbConnection> OpenAsync(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(_options.Directory, file), Pooling = false }.ToString());
        await connection.OpenAsync();
        await using var pragma = connection.CreateCommand();
        // Durable: WAL with an fsync at every commit, as the server runs it.
        pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
        await pragma.ExecuteNonQueryAsync();
        return connection;
    }

    private static byte[][] Entries(long first, int count)
    {
        var entries = new byte[count][];
        var payload = JsonSerializer.SerializeToElement(new { statement = "The delegations agreed to exchange 1,000 prisoners each.", round = 2, venue = "Istanbul" });
        var time = new DateTimeOffset(2025, 5, 16, 9, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            entries[i] = LogEntry.ForPublic(first + i, time, "mediator.tr", null, "statement.recorded", payload).ToBytes();
        }
        return entries;
    }

    private void Add(string measure, double value, string unit, string goal, string notes) =>
        _rows.Add(new BenchRow(measure, value.ToString("N0", CultureInfo.InvariantCulture) + " " + unit, goal, notes));

    private static string Memory() =>
        $"peak working set {Process.GetCurrentProcess().PeakWorkingSet64 / (1024 * 1024)} MiB, managed heap {GC.GetTotalMemory(false) / (1024 * 1024)} MiB";

    private void Print()
    {
        Console.WriteLine($"| {"Measure",-44} | {"Result",-22} | {"Goal",-14} | Notes");
        Console.WriteLine($"|{new string('-', 46)}|{new string('-', 24)}|{new string('-', 16)}|------");
        foreach (var row in _rows)
        {
            Console.WriteLine($"| {row.Measure,-44} | {row.Result,-22} | {row.Goal,-14} | {row.Notes}");
        }
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_options.Directory, true);
        return ValueTask.CompletedTask;
    }
}
