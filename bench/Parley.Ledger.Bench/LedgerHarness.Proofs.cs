using System.Diagnostics;
using Parley.Ledger.Merkle;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Bench;

internal sealed partial class LedgerHarness
{
    private const int H = Rfc6962.HashSize;

    private sealed record GeneratedProof(long Index, byte[] Leaf, byte[] Proof);

    /// <summary>Inclusion proofs for uniformly random leaves, built from SQLite tiles through one shared bounded cache, one worker per core.</summary>
    private async Task<GeneratedProof[]> ServeProofsAsync(int capacity, string note)
    {
        var cache = new TileCache(capacity);
        var size = _options.Size;
        // Warm the cache (untimed): the measure is the steady state of a server that has been answering for a while.
        await using (var warm = await OpenAsync("log.db"))
        {
            var reader = new TileNodeReader(new DbLogStore(warm), cache, size);
            var scratch = new byte[H];
            for (long index = 0; index < size; index += TileMath.Width)
            {
                await reader.ReadAsync(new NodeId(0, index), scratch, default);
            }
        }
        var workers = Environment.ProcessorCount;
        var counts = new long[workers];
        var samples = new List<GeneratedProof>[workers];
        var deadline = Stopwatch.StartNew();
        var stop = TimeSpan.FromSeconds(_options.Seconds);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => Task.Run(async () =>
        {
            await using var connection = await OpenAsync("log.db");
            var prover = new MerkleProver(new TileNodeReader(new DbLogStore(connection), cache, size));
            var random = new Random(w);
            samples[w] = [];
            while (deadline.Elapsed < stop)
            {
                for (var i = 0; i < 256; i++)
                {
                    var index = random.NextInt64(size);
                    var proof = await prover.InclusionProofAsync(index, size);
                    if (samples[w].Count < 50_000)
                    {
                        samples[w].Add(new GeneratedProof(index, [], proof));
                    }
                    counts[w]++;
                }
            }
        })));
        var elapsed = deadline.Elapsed.TotalSeconds;
        Add($"inclusion proofs served/s, {size:N0} log, cache {capacity}", counts.Sum() / elapsed, "/s", capacity == _options.Cache ? "≥ 100,000/s" : "",
            $"{note}; uniform random leaves, {workers} workers, cache holds {cache.Count} tiles (≤ {capacity} × 16 KiB); {Memory()}");
        return [.. samples.SelectMany(s => s)];
    }

    /// <summary>Verification of the served proofs against the root, all cores, no allocation per proof.</summary>
    private async Task VerifyProofsAsync(GeneratedProof[] proofs)
    {
        var size = _options.Size;
        await using var connection = await OpenAsync("log.db");
        var reader = new TileNodeReader(new DbLogStore(connection), new TileCache(_options.Cache), size);
        var root = await new MerkleProver(reader).RootAsync(size);
        for (var i = 0; i < proofs.Length; i++)
        {
            var leaf = new byte[H];
            await reader.ReadAsync(new NodeId(0, proofs[i].Index), leaf, default);
            proofs[i] = proofs[i] with { Leaf = leaf };
        }
        var workers = Environment.ProcessorCount;
        var counts = new long[workers];
        var failures = 0L;
        var stopwatch = Stopwatch.StartNew();
        var stop = TimeSpan.FromSeconds(_options.Seconds);
        Parallel.For(0, workers, w =>
        {
            var i = w;
            while (stopwatch.Elapsed < stop)
            {
                for (var k = 0; k < 1024; k++, i = (i + workers) % proofs.Length)
                {
                    var p = proofs[i];
                    if (MerkleVerifier.VerifyInclusion(p.Index, size, p.Leaf, p.Proof, root) != ProofFailure.None)
                    {
                        Interlocked.Increment(ref failures);
                    }
                }
                counts[w] += 1024;
            }
        });
        var elapsed = stopwatch.Elapsed.TotalSeconds;
        Add($"inclusion proofs verified/s, {size:N0} log", counts.Sum() / elapsed, "/s", "≥ 200,000/s",
            $"{proofs.Length:N0} distinct proofs, {workers} cores, {failures} failed (must be 0)");
        if (failures != 0)
        {
            throw new InvalidOperationException("a served proof did not verify");
        }
    }
}
