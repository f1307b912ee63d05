namespace Parley.Ledger.Merkle;

/// <summary>Reads the hash of a perfect subtree of one fixed tree size (for example from tiles).</summary>
public interface INodeReader
{
    /// <summary>Writes the hash of <paramref name="node"/> into <paramref name="destination"/> (32 bytes).</summary>
    ValueTask ReadAsync(NodeId node, Memory<byte> destination, CancellationToken cancellationToken);
}
