using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tiles;

/// <summary>
/// A tile with every interior node inside it precomputed (256+128+…+1 = 511 hashes), so a proof reads any of the
/// eight in-tile levels with one lookup instead of rehashing up to 128 leaves.
/// </summary>
internal sealed class ExpandedTile
{
    private const int H = Rfc6962.HashSize;
    private const int Slots = (2 * TileMath.Width) - 1;
    private readonly byte[] _nodes;

    private ExpandedTile(byte[] nodes, int width)
    {
        _nodes = nodes;
        Width = width;
    }

    /// <summary>Number of tile hashes (level-0 nodes of the tile) present.</summary>
    public int Width { get; }

    /// <summary>Expands the first <paramref name="width"/> hashes of <paramref name="hashes"/>.</summary>
    public static ExpandedTile Expand(ReadOnlySpan<byte> hashes, int width)
    {
        var nodes = new byte[Slots * H];
        hashes[..(width * H)].CopyTo(nodes);
        var count = width;
        for (var height = 1; height <= TileMath.Height; height++)
        {
            var below = Offset(height - 1);
            var here = Offset(height);
            count >>= 1;
            for (var i = 0; i < count; i++)
            {
                Rfc6962.NodeHash(
                    nodes.AsSpan((below + (2 * i)) * H, H),
                    nodes.AsSpan((below + (2 * i) + 1) * H, H),
                    nodes.AsSpan((here + i) * H, H));
            }
        }
        return new ExpandedTile(nodes, width);
    }

    /// <summary>Whether node <paramref name="index"/> at in-tile <paramref name="height"/> is complete in this tile.</summary>
    public bool Has(int height, int index) => (index + 1) << height <= Width;

    /// <summary>The node at in-tile <paramref name="height"/> (0 = the tile's own hashes), <paramref name="index"/> from the left.</summary>
    public ReadOnlySpan<byte> Node(int height, int index) => _nodes.AsSpan((Offset(height) + index) * H, H);

    /// <summary>The tile's hashes as served (the first Width·32 bytes).</summary>
    public ReadOnlySpan<byte> Hashes => _nodes.AsSpan(0, Width * H);

    private static int Offset(int height) => (2 * TileMath.Width) - ((2 * TileMath.Width) >> height);
}
