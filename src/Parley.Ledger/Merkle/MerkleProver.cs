namespace Parley.Ledger.Merkle;

/// <summary>
/// Builds RFC 9162 inclusion and consistency proofs and tree heads from the stored perfect subtree hashes,
/// reading O(log n) nodes per proof and never rebuilding the tree.
/// </summary>
public sealed class MerkleProver(INodeReader nodes)
{
    private const int H = Rfc6962.HashSize;

    /// <summary>The proof that leaf <paramref name="index"/> is in the tree of <paramref name="size"/>, as concatenated hashes.</summary>
    public async ValueTask<byte[]> InclusionProofAsync(long index, long size, CancellationToken cancellationToken = default)
    {
        if (index < 0 || index >= size)
        {
            throw new ArgumentOutOfRangeException(nameof(index), $"leaf {index} is not in a tree of size {size}");
        }
        List<(long, long)> ranges = [];
        ProofPlan.Inclusion(index, size, ranges);
        return await HashRangesAsync(ranges, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The proof that the tree of <paramref name="size2"/> extends the tree of <paramref name="size1"/>.</summary>
    public async ValueTask<byte[]> ConsistencyProofAsync(long size1, long size2, CancellationToken cancellationToken = default)
    {
        if (size1 <= 0 || size2 < size1)
        {
            throw new ArgumentOutOfRangeException(nameof(size1), $"no consistency proof from size {size1} to size {size2}");
        }
        List<(long, long)> ranges = [];
        ProofPlan.Consistency(size1, size2, ranges);
        return await HashRangesAsync(ranges, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>MTH(D[0:size]), the root hash of the tree of <paramref name="size"/>.</summary>
    public async ValueTask<byte[]> RootAsync(long size, CancellationToken cancellationToken = default)
    {
        if (size == 0)
        {
            return Rfc6962.EmptyRoot();
        }
        var root = new byte[H];
        await RangeHashAsync(0, size, root, [], cancellationToken).ConfigureAwait(false);
        return root;
    }

    private async ValueTask<byte[]> HashRangesAsync(List<(long Start, long End)> ranges, CancellationToken cancellationToken)
    {
        var proof = new byte[ranges.Count * H];
        List<NodeId> scratch = [];
        for (var i = 0; i < ranges.Count; i++)
        {
            var (start, end) = ranges[i];
            await RangeHashAsync(start, end, proof.AsMemory(i * H, H), scratch, cancellationToken).ConfigureAwait(false);
        }
        return proof;
    }

    /// <summary>MTH of an aligned range: its perfect subtrees folded from the right, as RFC 6962's recursion does.</summary>
    private async ValueTask RangeHashAsync(long start, long end, Memory<byte> destination, List<NodeId> scratch, CancellationToken cancellationToken)
    {
        scratch.Clear();
        TreeMath.Decompose(start, end, scratch);
        await nodes.ReadAsync(scratch[^1], destination, cancellationToken).ConfigureAwait(false);
        if (scratch.Count == 1)
        {
            return;
        }
        var left = new byte[H];
        for (var i = scratch.Count - 2; i >= 0; i--)
        {
            await nodes.ReadAsync(scratch[i], left, cancellationToken).ConfigureAwait(false);
            Rfc6962.NodeHash(left, destination.Span, destination.Span);
        }
    }

}
