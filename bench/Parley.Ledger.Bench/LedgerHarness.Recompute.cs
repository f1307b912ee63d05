using System.Diagnostics;
using System.Text;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;
using Parley.Ledger.Verification;

namespace Parley.Ledger.Bench;

internal sealed partial class LedgerHarness
{
    /// <summary>
    /// What <c>parley verify</c> does, minus HTTP: every entry bundle and tile read through the serving code, every
    /// entry parsed and checked, every tile recomputed and compared, the root compared with a signed checkpoint.
    /// </summary>
    private async Task RecomputeAsync()
    {
        await using var connection = await OpenAsync("log.db");
        var store = new DbLogStore(connection);
        using var host = NoteSigner.Generate("parley.local/log");
        await new CheckpointPublisher(host, new TileCache(64), TimeProvider.System).PublishAsync(store);
        var verifier = new LogVerifier(new LocalFetcher(store), host.Verifier);
        GC.Collect();
        var before = GC.GetTotalMemory(true);
        var stopwatch = Stopwatch.StartNew();
        var result = await verifier.VerifyAsync(null, recompute: true);
        stopwatch.Stop();
        if (!result.Ok)
        {
            throw new InvalidOperationException(result.Message);
        }
        Add($"recompute + check whole {_options.Size:N0} log from tiles", stopwatch.Elapsed.TotalSeconds, "s", "< 10 s",
            $"{result.EntriesChecked:N0} entries parsed (JCS) and hashed, every tile compared; managed heap before {before / (1024 * 1024)} MiB; {Memory()}");
    }

    /// <summary>The naive baseline: a proof answered by recomputing the root from all leaf hashes (RFC 6962 recursion).</summary>
    private async Task NaiveBaselineAsync()
    {
        await using var connection = await OpenAsync("log.db");
        var store = new DbLogStore(connection);
        var size = _options.Size;
        var leaves = new byte[size * H];
        foreach (var tile in TileMath.TilesOf(size, 0))
        {
            var hashes = await store.ReadTileAsync(0, tile.Index, tile.Width, default);
            hashes.AsSpan(0, tile.Width * H).CopyTo(leaves.AsSpan((int)(tile.Index * TileMath.Width * H)));
        }
        var stopwatch = Stopwatch.StartNew();
        var rounds = 0;
        while (rounds < 3 || stopwatch.Elapsed.TotalSeconds < 2)
        {
            NaiveMerkle.Root(leaves, 0, size);
            rounds++;
        }
        var naive = rounds / stopwatch.Elapsed.TotalSeconds;
        var served = _rows.First(r => r.Measure.StartsWith("inclusion proofs served", StringComparison.Ordinal)).Result;
        var servedPerSecond = double.Parse(served.Split(' ')[0].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
        _rows.Add(new BenchRow($"naive baseline: root from all {size:N0} leaves per proof", naive.ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + " /s", "",
            $"one core, leaves already in memory; tile store is {servedPerSecond / naive:N0}× faster"));
    }

    private sealed class LocalFetcher(DbLogStore store) : ILogFetcher
    {
        public async Task<byte[]?> GetAsync(string path, CancellationToken cancellationToken)
        {
            var resource = path == "log/checkpoint"
                ? await LogResources.CheckpointAsync(store, cancellationToken)
                : await LogResources.TileAsync(store, path["log/".Length..], cancellationToken);
            return resource?.Body;
        }

        public Task<(int Status, string Body)> PostAsync(string path, string body, CancellationToken cancellationToken) =>
            Task.FromResult((405, Encoding.UTF8.GetString([])));
    }
}
