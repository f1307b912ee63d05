namespace Parley.Ledger.Tiles;

/// <summary>
/// A bounded cache of expanded tiles shared by all readers: 16 lock-striped shards, each evicting its oldest tile
/// first, so memory stays at capacity × 16 KiB whatever the log size. A cached partial tile is replaced by a wider one.
/// </summary>
public sealed class TileCache
{
    private const int ShardCount = 16;
    private readonly Shard[] _shards;

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> tiles (about 16 KiB each).</summary>
    public TileCache(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, ShardCount);
        Capacity = capacity;
        _shards = new Shard[ShardCount];
        for (var i = 0; i < ShardCount; i++)
        {
            _shards[i] = new Shard(capacity / ShardCount);
        }
    }

    /// <summary>Maximum number of tiles held.</summary>
    public int Capacity { get; }

    /// <summary>Number of tiles held now.</summary>
    public int Count => _shards.Sum(s => s.Count);

    internal ExpandedTile? Get(int level, long index, int width)
    {
        var key = Key(level, index);
        var tile = ShardFor(key).Get(key);
        return tile is not null && tile.Width >= width ? tile : null;
    }

    internal void Put(int level, long index, ExpandedTile tile)
    {
        var key = Key(level, index);
        ShardFor(key).Put(key, tile);
    }

    private static long Key(int level, long index) => ((long)level << 56) | index;

    private Shard ShardFor(long key) => _shards[(int)((ulong)(key ^ (key >> 17)) % ShardCount)];

    private sealed class Shard(int capacity)
    {
        private readonly Dictionary<long, ExpandedTile> _tiles = new(capacity);
        private readonly Queue<long> _order = new(capacity);
        private readonly Lock _lock = new();

        public int Count
        {
            get
            {
                lock (_lock)
                {
                    return _tiles.Count;
                }
            }
        }

        public ExpandedTile? Get(long key)
        {
            lock (_lock)
            {
                return _tiles.GetValueOrDefault(key);
            }
        }

        public void Put(long key, ExpandedTile tile)
        {
            lock (_lock)
            {
                if (_tiles.TryGetValue(key, out var existing))
                {
                    if (existing.Width < tile.Width)
                    {
                        _tiles[key] = tile;
                    }
                    return;
                }
                while (_tiles.Count >= Math.Max(1, capacity))
                {
                    _tiles.Remove(_order.Dequeue());
                }
                _tiles[key] = tile;
                _order.Enqueue(key);
            }
        }
    }
}
