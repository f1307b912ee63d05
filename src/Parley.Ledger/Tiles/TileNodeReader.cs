using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tiles;

/// <summary>
/// Reads perfect subtree hashes of the tree of <paramref name="treeSize"/> from tiles: node (k, j) lives in the tile
/// at level k/8, at in-tile height k mod 8. Tiles pass through the shared bounded <paramref name="cache"/>.
/// </summary>
public sealed class TileNodeReader(ITileSource source, TileCache cache, long treeSize) : INodeReader
{
    /// <inheritdoc />
    public ValueTask ReadAsync(NodeId node, Memory<byte> destination, CancellationToken cancellationToken)
    {
        var level = node.Level / TileMath.Height;
        var height = node.Level % TileMath.Height;
        var position = node.Index << height;
        var tileIndex = position >> TileMath.Height;
        var inTile = (int)(position & (TileMath.Width - 1)) >> height;
        var width = TileMath.WidthInTree(treeSize, level, tileIndex);
        if (width == 0 || (inTile + 1) << height > width)
        {
            throw new ArgumentOutOfRangeException(nameof(node), $"node {node} is not complete in a tree of size {treeSize}");
        }
        var tile = cache.Get(level, tileIndex, width);
        if (tile is not null)
        {
            tile.Node(height, inTile).CopyTo(destination.Span);
            return ValueTask.CompletedTask;
        }
        return LoadAsync(level, tileIndex, width, height, inTile, destination, cancellationToken);
    }

    private async ValueTask LoadAsync(int level, long tileIndex, int width, int height, int inTile, Memory<byte> destination, CancellationToken cancellationToken)
    {
        var hashes = await source.ReadTileAsync(level, tileIndex, width, cancellationToken).ConfigureAwait(false);
        if (hashes is null || hashes.Length < width * Rfc6962.HashSize || hashes.Length % Rfc6962.HashSize != 0)
        {
            throw new LedgerFormatException(
                $"tile {new TileId(level, tileIndex, width).Path}: expected {width} hashes, got {(hashes is null ? "none" : $"{hashes.Length} bytes")}");
        }
        // Keep the widest version the source gave, capped at full: later, larger trees reuse it.
        var available = Math.Min(hashes.Length / Rfc6962.HashSize, TileMath.Width);
        var tile = ExpandedTile.Expand(hashes, available);
        cache.Put(level, tileIndex, tile);
        tile.Node(height, inTile).CopyTo(destination.Span);
    }
}
