using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Tiles;

public sealed class TileAppenderTests
{
    private const int H = Rfc6962.HashSize;

    [Fact]
    public void Append_builds_the_tiles_the_spec_defines()
    {
        // Level-1 hash i must be MTH of leaves [256 i, 256 (i+1)); level-0 tiles hold the leaf hashes.
        var random = new Random(3);
        var leaves = new byte[70_000 * H];
        random.NextBytes(leaves);
        var store = new Dictionary<(int, long), byte[]>();
        long size = 0;
        while (size < 70_000)
        {
            var batch = (int)Math.Min(70_000 - size, 1 + random.Next(2000));
            var edge = TileMath.RightEdge(size).Select(t => store[(t.Level, t.Index)]).ToList();
            var writes = TileAppender.Append(size, edge, leaves.AsSpan((int)size * H, batch * H));
            foreach (var write in writes)
            {
                store[(write.Level, write.Index)] = write.Hashes;
            }
            size += batch;
        }
        Assert.Equal(112 * H, store[(0, 273)].Length);
        Assert.Equal(17 * H, store[(1, 1)].Length);
        Assert.Equal(1 * H, store[(2, 0)].Length);
        Assert.Equal(leaves.AsSpan(256 * 5 * H, 256 * H).ToArray(), store[(0, 5)]);
        for (var i = 0; i < 17; i++)
        {
            var expected = NaiveMerkle.Root(leaves, (256 * 256) + (i * 256), (256 * 256) + ((i + 1) * 256));
            Assert.Equal(expected, store[(1, 1)].AsSpan(i * H, H).ToArray());
        }
        Assert.Equal(NaiveMerkle.Root(leaves, 0, 65536), store[(2, 0)]);
    }

    [Fact]
    public void Append_leaf_completing_tiles_writes_one_tile_per_level()
    {
        var store = new MemoryTileStore();
        store.Append([.. Enumerable.Range(0, 65535).Select(i => BitConverter.GetBytes(i))]);
        var edge = TileMath.RightEdge(65535);
        var tiles = edge.Select(t => store.ReadTileAsync(t.Level, t.Index, t.Width, default).AsTask().Result!).ToList();
        var writes = TileAppender.Append(65535, tiles, new byte[H]);
        Assert.Equal([(0, 255L, 256), (1, 0L, 256), (2, 0L, 1)], writes.Select(w => (w.Level, w.Index, w.Width)));
    }

    [Fact]
    public void Append_with_inconsistent_edge_tile_is_rejected()
    {
        var error = Assert.Throws<InvalidOperationException>(() => TileAppender.Append(3, [new byte[2 * H]], new byte[H]));
        Assert.Contains("tile/0/000.p/3", error.Message, StringComparison.Ordinal);
    }
}
