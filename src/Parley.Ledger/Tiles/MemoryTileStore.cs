namespace Parley.Ledger.Tiles;

/// <summary>
/// Tiles and entries held in memory: the verifier's scratch store when it recomputes a log, and the simplest
/// complete implementation of the tile contract.
/// </summary>
public sealed class MemoryTileStore : ITileSource
{
    private readonly Dictionary<(int, long), byte[]> _tiles = [];
    private readonly List<byte[]> _entries = [];

    /// <summary>Number of leaves appended.</summary>
    public long Size => _entries.Count;

    /// <summary>Appends entries, hashing them as RFC 6962 leaves and updating the tiles.</summary>
    public void Append(IReadOnlyList<byte[]> entries)
    {
        var hashes = new byte[entries.Count * Merkle.Rfc6962.HashSize];
        for (var i = 0; i < entries.Count; i++)
        {
            Merkle.Rfc6962.LeafHash(entries[i], hashes.AsSpan(i * Merkle.Rfc6962.HashSize, Merkle.Rfc6962.HashSize));
        }
        var edge = TileMath.RightEdge(Size).Select(t => _tiles[(t.Level, t.Index)]).ToList();
        foreach (var write in TileAppender.Append(Size, edge, hashes))
        {
            _tiles[(write.Level, write.Index)] = write.Hashes;
        }
        _entries.AddRange(entries);
    }

    /// <summary>The entry at <paramref name="index"/>.</summary>
    public byte[] Entry(long index) => _entries[(int)index];

    /// <inheritdoc />
    public ValueTask<byte[]?> ReadTileAsync(int level, long index, int width, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_tiles.TryGetValue((level, index), out var hashes) && hashes.Length >= width * Merkle.Rfc6962.HashSize ? hashes : null);
}
