namespace Parley.Ledger.Merkle;

/// <summary>
/// Streaming root computation: the perfect subtrees of the leaves seen so far (one per set bit of the count),
/// so a whole log is recomputed in O(log n) memory.
/// </summary>
public sealed class CompactRange
{
    private const int H = Rfc6962.HashSize;
    private readonly byte[] _stack = new byte[64 * H];
    private int _depth;

    /// <summary>Number of leaves appended.</summary>
    public long Size { get; private set; }

    /// <summary>Appends one leaf hash.</summary>
    public void Append(ReadOnlySpan<byte> leafHash)
    {
        var slot = _stack.AsSpan(_depth * H, H);
        leafHash[..H].CopyTo(slot);
        _depth++;
        // Merge while the count's lowest bits say two equal subtrees now sit side by side.
        for (var n = Size; (n & 1) == 1; n >>= 1)
        {
            _depth--;
            var right = _stack.AsSpan(_depth * H, H);
            var left = _stack.AsSpan((_depth - 1) * H, H);
            Rfc6962.NodeHash(left, right, left);
        }
        Size++;
    }

    /// <summary>MTH of the leaves appended so far.</summary>
    public byte[] Root()
    {
        if (_depth == 0)
        {
            return Rfc6962.EmptyRoot();
        }
        var root = _stack.AsSpan((_depth - 1) * H, H).ToArray();
        for (var i = _depth - 2; i >= 0; i--)
        {
            Rfc6962.NodeHash(_stack.AsSpan(i * H, H), root, root);
        }
        return root;
    }
}
