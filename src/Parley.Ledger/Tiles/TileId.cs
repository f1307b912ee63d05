namespace Parley.Ledger.Tiles;

/// <summary>
/// A tile of C2SP tlog-tiles: <paramref name="Level"/> 0–63 (or <see cref="EntriesLevel"/> for an entry bundle),
/// <paramref name="Index"/> within the level, and <paramref name="Width"/> 1–256 hashes (256 = full).
/// </summary>
public readonly record struct TileId(int Level, long Index, int Width)
{
    /// <summary>Marker level for entry bundles (<c>tile/entries/…</c>).</summary>
    public const int EntriesLevel = -1;

    /// <summary>Whether this is a full tile (256 hashes).</summary>
    public bool IsFull => Width == TileMath.Width;

    /// <summary>Whether this names an entry bundle rather than a hash tile.</summary>
    public bool IsEntries => Level == EntriesLevel;

    /// <summary>The path under the log prefix, e.g. <c>tile/1/x001/x234/067.p/8</c>.</summary>
    public string Path => TilePath.Format(this);
}
