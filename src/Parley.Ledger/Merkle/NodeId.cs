namespace Parley.Ledger.Merkle;

/// <summary>A perfect subtree: the node at <paramref name="Level"/> covering leaves [Index·2^Level, (Index+1)·2^Level).</summary>
public readonly record struct NodeId(int Level, long Index)
{
    /// <summary>First leaf index covered.</summary>
    public long Start => Index << Level;

    /// <summary>One past the last leaf index covered.</summary>
    public long End => (Index + 1) << Level;
}
