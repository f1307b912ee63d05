namespace Parley.Ledger.Tiles;

/// <summary>Where tiles and entry bundles come from: the database on the server, HTTP on a verifier.</summary>
public interface ITileSource
{
    /// <summary>
    /// Reads the hashes of tile (<paramref name="level"/>, <paramref name="index"/>) of at least <paramref name="width"/> hashes;
    /// the result holds at least <paramref name="width"/>·32 bytes, or null when the tile does not exist.
    /// </summary>
    ValueTask<byte[]?> ReadTileAsync(int level, long index, int width, CancellationToken cancellationToken);
}
