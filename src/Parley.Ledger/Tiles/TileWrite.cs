namespace Parley.Ledger.Tiles;

/// <summary>A tile to persist: its new contents (<paramref name="Hashes"/>, width·32 bytes) replace any stored version.</summary>
public sealed record TileWrite(int Level, long Index, byte[] Hashes)
{
    /// <summary>Number of hashes in the tile.</summary>
    public int Width => Hashes.Length / Merkle.Rfc6962.HashSize;
}
