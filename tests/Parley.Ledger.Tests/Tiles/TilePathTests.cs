using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Tiles;

/// <summary>Paths from C2SP tlog-tiles (index 1234067) and golang.org/x/mod sumdb/tlog tlog_test.go tilePaths, without the Go height element.</summary>
public sealed class TilePathTests
{
    [Theory]
    [InlineData(0, 1234067L, 256, "tile/0/x001/x234/067")]
    [InlineData(4, 1L, 256, "tile/4/001")]
    [InlineData(4, 1L, 5, "tile/4/001.p/5")]
    [InlineData(5, 123456078L, 256, "tile/5/x123/x456/078")]
    [InlineData(5, 123456078L, 2, "tile/5/x123/x456/078.p/2")]
    [InlineData(0, 3057500L, 256, "tile/0/x003/x057/500")]
    [InlineData(0, 0L, 256, "tile/0/000")]
    [InlineData(TileId.EntriesLevel, 1000L, 17, "tile/entries/x001/000.p/17")]
    public void Format_and_Parse_round_trip(int level, long index, int width, string path)
    {
        var tile = new TileId(level, index, width);
        Assert.Equal(path, tile.Path);
        Assert.Equal(tile, TilePath.Parse(path));
    }

    [Theory]
    [InlineData("tile/3/123/456/078")]
    [InlineData("tile/3/-1/123")]
    [InlineData("tile/data/x003/x057/500")]
    [InlineData("tile/64/000")]
    [InlineData("tile/01/000")]
    [InlineData("tile/0/12")]
    [InlineData("tile/0/000.p/0")]
    [InlineData("tile/0/000.p/256")]
    [InlineData("tile/0/000.p/07")]
    [InlineData("tile/0/x000/001")]
    [InlineData("tiles/0/000")]
    [InlineData("tile/0")]
    [InlineData("tile/0/x999/x999/x999/x999/x999/x999/x999/999")]
    public void Parse_malformed_path_throws_format_error(string path)
    {
        var error = Assert.Throws<LedgerFormatException>(() => TilePath.Parse(path));
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_random_garbage_never_throws_anything_else()
    {
        var random = new Random(11);
        const string alphabet = "tile/0123456789xp.entries-";
        for (var i = 0; i < 20000; i++)
        {
            var chars = new char[random.Next(1, 30)];
            for (var c = 0; c < chars.Length; c++)
            {
                chars[c] = alphabet[random.Next(alphabet.Length)];
            }
            var text = (random.Next(2) == 0 ? "tile/" : "") + new string(chars);
            try
            {
                var tile = TilePath.Parse(text);
                Assert.Equal(text, tile.Path);
            }
            catch (LedgerFormatException)
            {
            }
        }
    }
}
