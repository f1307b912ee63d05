using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tiles;

/// <summary>
/// Pure append step of a tiled log: from the current size, the right-edge partial tiles and the new leaf hashes,
/// the tiles to persist. Appending k leaves writes k/256 + O(log₂₅₆ n) tiles and hashes each new node once.
/// </summary>
public static class TileAppender
{
    private const int H = Rfc6962.HashSize;

    /// <summary>
    /// Computes the tile writes for appending <paramref name="leafHashes"/> (concatenated) to a tree of <paramref name="size"/>.
    /// <paramref name="rightEdge"/> holds the stored tiles named by <see cref="TileMath.RightEdge"/>, in that order
    /// (a stored tile may be wider than the edge needs only if the store is inconsistent, which is rejected).
    /// </summary>
    public static List<TileWrite> Append(long size, IReadOnlyList<byte[]> rightEdge, ReadOnlySpan<byte> leafHashes)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        if (leafHashes.Length % H != 0)
        {
            throw new ArgumentException("leaf hashes must be whole 32-byte hashes", nameof(leafHashes));
        }
        var edge = TileMath.RightEdge(size);
        if (rightEdge.Count != edge.Count)
        {
            throw new ArgumentException($"expected {edge.Count} right-edge tiles for size {size}, got {rightEdge.Count}", nameof(rightEdge));
        }
        List<TileWrite> writes = [];
        var carry = leafHashes.ToArray();
        for (var level = 0; carry.Length > 0; level++)
        {
            var (fullTiles, partialWidth) = TileMath.TilesAt(size, level);
            var existing = ReadOnlySpan<byte>.Empty;
            if (partialWidth > 0)
            {
                var stored = rightEdge[edge.FindIndex(t => t.Level == level)];
                if (stored.Length != partialWidth * H)
                {
                    throw new InvalidOperationException(
                        $"log store is inconsistent: tile {new TileId(level, fullTiles, partialWidth).Path} holds {stored.Length / H} hashes for tree size {size}");
                }
                existing = stored;
            }
            carry = AppendLevel(level, fullTiles, existing, carry, writes);
        }
        return writes;
    }

    /// <summary>Fills tiles of one level; returns the roots of the tiles it completed, the hashes of the level above.</summary>
    private static byte[] AppendLevel(int level, long tileIndex, ReadOnlySpan<byte> existing, byte[] added, List<TileWrite> writes)
    {
        var buffer = new byte[existing.Length + added.Length];
        existing.CopyTo(buffer);
        added.CopyTo(buffer.AsSpan(existing.Length));
        var count = buffer.Length / H;
        var completed = count / TileMath.Width;
        var above = new byte[completed * H];
        var scratch = new byte[TileMath.Width * H];
        for (var t = 0; t < completed; t++)
        {
            var tile = buffer.AsSpan(t * TileMath.Width * H, TileMath.Width * H);
            writes.Add(new TileWrite(level, tileIndex + t, tile.ToArray()));
            PerfectRoot(tile, scratch, above.AsSpan(t * H, H));
        }
        var rest = count - (completed * TileMath.Width);
        if (rest > 0)
        {
            writes.Add(new TileWrite(level, tileIndex + completed, buffer.AsSpan(completed * TileMath.Width * H, rest * H).ToArray()));
        }
        return above;
    }

    /// <summary>Root of a perfect tree over 2^k hashes, computed level by level in <paramref name="scratch"/>.</summary>
    internal static void PerfectRoot(ReadOnlySpan<byte> hashes, Span<byte> scratch, Span<byte> destination)
    {
        var count = hashes.Length / H;
        hashes.CopyTo(scratch);
        while (count > 1)
        {
            for (var i = 0; i < count / 2; i++)
            {
                Rfc6962.NodeHash(scratch.Slice(2 * i * H, H), scratch.Slice(((2 * i) + 1) * H, H), scratch.Slice(i * H, H));
            }
            count /= 2;
        }
        scratch[..H].CopyTo(destination);
    }
}
