using Parley.Ledger.Entries;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Verification;

public sealed partial class LogVerifier
{
    /// <summary>
    /// Recomputes the whole tree from the entry bundles, compares every tile the server serves with the recomputed
    /// one and the root with the signed checkpoint. Entries are checked in order, so the first mismatch is named.
    /// </summary>
    public async Task<VerificationResult> RecomputeAsync(Checkpoint checkpoint, CancellationToken cancellationToken)
    {
        List<(TileId Tile, byte[] Hashes)> computed = [];
        var recomputer = new TreeRecomputer((tile, hashes) => computed.Add((tile, hashes.ToArray())));
        foreach (var bundle in TileMath.TilesOf(checkpoint.Size, 0))
        {
            var entries = await _tiles.ReadBundleAsync(bundle.Index, bundle.Width, cancellationToken).ConfigureAwait(false);
            var first = bundle.Index * TileMath.Width;
            // Parsing and hashing dominate; entries are independent, so use every core, then fold in order.
            var problems = new string?[entries.Count];
            var parsed = new LogEntry?[entries.Count];
            var leaves = new byte[entries.Count * H];
            Parallel.For(0, entries.Count, i =>
            {
                Rfc6962.LeafHash(entries[i], leaves.AsSpan(i * H, H));
                (parsed[i], problems[i]) = ParseEntry(first + i, entries[i]);
            });
            for (var i = 0; i < entries.Count; i++)
            {
                var index = first + i;
                var problem = problems[i];
                if (problem is null && RecordCheck is not null && parsed[i] is { } entry)
                {
                    problem = await RecordCheck(index, entry, cancellationToken).ConfigureAwait(false);
                }
                if (problem is not null)
                {
                    return VerificationResult.Fail(checkpoint, index, $"entry {index}: {problem}", index);
                }
                recomputer.Append(leaves.AsSpan(i * H, H));
            }
            if (recomputer.Size == checkpoint.Size)
            {
                recomputer.Finish();
            }
            var mismatch = await CompareTilesAsync(computed, cancellationToken).ConfigureAwait(false);
            if (mismatch is not null)
            {
                return VerificationResult.Fail(checkpoint, recomputer.Size, mismatch.Value.Message, mismatch.Value.Entry);
            }
            computed.Clear();
        }
        var root = checkpoint.Size == 0 ? Rfc6962.EmptyRoot() : recomputer.Root;
        if (!root.AsSpan().SequenceEqual(checkpoint.RootHash))
        {
            return VerificationResult.Fail(checkpoint, checkpoint.Size,
                $"the tree recomputed from {checkpoint.Size} entries has root {Convert.ToBase64String(root)}, not the signed {Convert.ToBase64String(checkpoint.RootHash)}: the log was rewritten after it was signed");
        }
        return new VerificationResult(true, checkpoint, checkpoint.Size, $"all {checkpoint.Size} entries and their tiles match signed checkpoint {checkpoint.Size}");
    }

    private (LogEntry? Entry, string? Problem) ParseEntry(long index, byte[] data)
    {
        if (!RequireParleyEntries)
        {
            return (null, null);
        }
        try
        {
            var entry = LogEntry.Parse(data);
            return entry.Seq == index ? (entry, null) : (entry, $"says seq {entry.Seq}: entries were reordered or moved");
        }
        catch (LedgerFormatException e)
        {
            return (null, e.Message);
        }
    }

    private async Task<(string Message, long? Entry)?> CompareTilesAsync(List<(TileId Tile, byte[] Hashes)> computed, CancellationToken cancellationToken)
    {
        foreach (var (tile, hashes) in computed)
        {
            var served = await _tiles.ReadTileAsync(tile.Level, tile.Index, tile.Width, cancellationToken).ConfigureAwait(false);
            if (served is null)
            {
                return ($"log/{tile.Path}: the server does not serve this tile", null);
            }
            for (var k = 0; k < tile.Width; k++)
            {
                if (!served.AsSpan(k * H, H).SequenceEqual(hashes.AsSpan(k * H, H)))
                {
                    var span = 1L << (TileMath.Height * tile.Level);
                    var first = ((tile.Index * TileMath.Width) + k) * span;
                    var message = tile.Level == 0
                        ? $"entry {first}: its hash does not match log/{tile.Path} (the entry or the tree was altered)"
                        : $"log/{tile.Path}: hash {k} (entries {first}–{first + span - 1}) does not match the entries";
                    return (message, tile.Level == 0 ? first : null);
                }
            }
        }
        return null;
    }
}
