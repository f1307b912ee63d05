using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Tiles;

public sealed class TileMathTests
{
    /// <summary>The example of C2SP tlog-tiles, "Partial Tiles": a tree of size 70,000.</summary>
    [Fact]
    public void TilesAt_size_70000_matches_spec_example()
    {
        Assert.Equal((273L, 112), TileMath.TilesAt(70_000, 0));
        Assert.Equal((1L, 17), TileMath.TilesAt(70_000, 1));
        Assert.Equal((0L, 1), TileMath.TilesAt(70_000, 2));
        Assert.Equal(3, TileMath.Levels(70_000));
        Assert.Equal(
            [new TileId(0, 273, 112), new TileId(1, 1, 17), new TileId(2, 0, 1)],
            TileMath.RightEdge(70_000));
    }

    /// <summary>The spec: "a tree of size 256 will be represented by a full level 0 tile and a partial level 1 tile of width 1".</summary>
    [Fact]
    public void TilesAt_size_256_is_one_full_tile_and_partial_level_one()
    {
        Assert.Equal([new TileId(0, 0, 256)], TileMath.TilesOf(256, 0));
        Assert.Equal([new TileId(1, 0, 1)], TileMath.TilesOf(256, 1));
        Assert.Equal([new TileId(1, 0, 1)], TileMath.RightEdge(256));
    }

    [Fact]
    public void RightEdge_of_empty_tree_is_empty() => Assert.Empty(TileMath.RightEdge(0));
}
