using System.Diagnostics;
using Parley.Ledger.Storage;

namespace Parley.Ledger.Bench;

internal sealed partial class LedgerHarness
{
    /// <summary>Durable appends: each batch is one transaction committed with a WAL fsync.</summary>
    private async Task DurableAppendsAsync()
    {
        await using var connection = await OpenAsync("appends.db");
        var store = new DbLogStore(connection);
        foreach (var batch in new[] { 1, 100, _options.Batch })
        {
            var total = batch == 1 ? 500 : _options.Appends;
            // Entries are built before the clock starts: this measures the store, not JSON serialisation.
            var start = await store.GetSizeAsync();
            var batches = Enumerable.Range(0, total / batch).Select(b => Entries(start + ((long)b * batch), batch)).ToList();
            var stopwatch = Stopwatch.StartNew();
            foreach (var entries in batches)
            {
                await store.AppendAsync(entries);
            }
            stopwatch.Stop();
            var perSecond = total / stopwatch.Elapsed.TotalSeconds;
            Add($"durable appends/s, SQLite, batch {batch}", perSecond, "/s", batch == _options.Batch ? "≥ 20,000/s" : "",
                $"{total:N0} entries, 1 transaction + fsync per batch (WAL, synchronous=FULL), ~230-byte canonical JSON entries");
        }
    }

    /// <summary>Builds the big log the proof measurements use, in batches of 10,000.</summary>
    private async Task BuildLogAsync()
    {
        await using var connection = await OpenAsync("log.db");
        var store = new DbLogStore(connection);
        var stopwatch = Stopwatch.StartNew();
        for (long done = 0; done < _options.Size;)
        {
            var count = (int)Math.Min(10_000, _options.Size - done);
            await store.AppendAsync(first => Entries(first, count));
            done += count;
        }
        stopwatch.Stop();
        Add($"build {_options.Size:N0}-entry log, batch 10,000", _options.Size / stopwatch.Elapsed.TotalSeconds, "/s", "",
            $"{stopwatch.Elapsed.TotalSeconds:F1} s; {Memory()}");
    }
}
