namespace Parley.Ledger.Tiles;

/// <summary>Tile arithmetic of C2SP tlog-tiles (tile height 8, 256 hashes per full tile).</summary>
public static class TileMath
{
    /// <summary>Tile height: each tile covers 8 tree levels.</summary>
    public const int Height = 8;

    /// <summary>Hashes in a full tile.</summary>
    public const int Width = 1 << Height;

    /// <summary>Number of hashes at tile level <paramref name="level"/> in a tree of <paramref name="size"/>: floor(size / 256^level).</summary>
    public static long HashesAt(long size, int level) => level * Height >= 63 ? 0 : size >> (level * Height);

    /// <summary>
    /// The tiles a tree of <paramref name="size"/> consists of at one level: full tiles 0..n-1 and the partial one, if any.
    /// </summary>
    public static (long FullTiles, int PartialWidth) TilesAt(long size, int level)
    {
        var hashes = HashesAt(size, level);
        return (hashes >> Height, (int)(hashes & (Width - 1)));
    }

    /// <summary>The width a tree of <paramref name="size"/> gives tile (<paramref name="level"/>, <paramref name="index"/>), 0 if it has none.</summary>
    public static int WidthInTree(long size, int level, long index)
    {
        var (full, partial) = TilesAt(size, level);
        return index < full ? Width : index == full ? partial : 0;
    }

    /// <summary>The partial tiles on the right edge of a tree of <paramref name="size"/>, lowest level first.</summary>
    public static List<TileId> RightEdge(long size)
    {
        List<TileId> edge = [];
        for (var level = 0; HashesAt(size, level) > 0; level++)
        {
            var (full, partial) = TilesAt(size, level);
            if (partial > 0)
            {
                edge.Add(new TileId(level, full, partial));
            }
        }
        return edge;
    }

    /// <summary>Every tile of a tree of <paramref name="size"/> at <paramref name="level"/>, in order.</summary>
    public static IEnumerable<TileId> TilesOf(long size, int level)
    {
        var (full, partial) = TilesAt(size, level);
        for (long i = 0; i < full; i++)
        {
            yield return new TileId(level, i, Width);
        }
        if (partial > 0)
        {
            yield return new TileId(level, full, partial);
        }
    }

    /// <summary>Number of tile levels a tree of <paramref name="size"/> has (0 for the empty tree).</summary>
    public static int Levels(long size)
    {
        var levels = 0;
        while (HashesAt(size, levels) > 0)
        {
            levels++;
        }
        return levels;
    }
}
