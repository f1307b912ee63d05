using Parley.Ledger.Tiles;

namespace Parley.Ledger.Verification;

/// <summary>Tiles fetched from a tlog-tiles server (<c>log/tile/…</c>); untrusted until proofs built from them verify.</summary>
public sealed class FetchedTileSource(ILogFetcher fetcher, string prefix = "log/") : ITileSource
{
    /// <inheritdoc />
    public async ValueTask<byte[]?> ReadTileAsync(int level, long index, int width, CancellationToken cancellationToken)
    {
        var path = prefix + new TileId(level, index, width).Path;
        var tile = await fetcher.GetAsync(path, cancellationToken).ConfigureAwait(false);
        if (tile is not null && tile.Length != width * Merkle.Rfc6962.HashSize)
        {
            throw new LedgerFormatException($"{path}: expected {width} hashes ({width * Merkle.Rfc6962.HashSize} bytes), got {tile.Length} bytes");
        }
        return tile;
    }

    /// <summary>Fetches entry bundle <paramref name="index"/> of <paramref name="width"/> entries and splits it.</summary>
    public async Task<IReadOnlyList<byte[]>> ReadBundleAsync(long index, int width, CancellationToken cancellationToken)
    {
        var path = prefix + new TileId(TileId.EntriesLevel, index, width).Path;
        var bundle = await fetcher.GetAsync(path, cancellationToken).ConfigureAwait(false)
            ?? throw new LedgerFormatException($"{path}: the server has no such entry bundle");
        return EntryBundle.Split(bundle, width, path);
    }
}
