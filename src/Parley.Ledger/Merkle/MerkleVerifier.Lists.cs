namespace Parley.Ledger.Merkle;

public static partial class MerkleVerifier
{
    /// <summary>Inclusion check for a proof given as separate hashes (as JSON APIs carry them); each must be 32 bytes.</summary>
    public static ProofFailure VerifyInclusion(long index, long size, ReadOnlySpan<byte> leafHash, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root) =>
        Concatenate(proof) is { } joined ? VerifyInclusion(index, size, leafHash, joined, root) : ProofFailure.MalformedHash;

    /// <summary>Consistency check for a proof given as separate hashes; each must be 32 bytes.</summary>
    public static ProofFailure VerifyConsistency(long size1, long size2, IReadOnlyList<byte[]> proof, ReadOnlySpan<byte> root1, ReadOnlySpan<byte> root2) =>
        Concatenate(proof) is { } joined ? VerifyConsistency(size1, size2, joined, root1, root2) : ProofFailure.MalformedHash;

    private static byte[]? Concatenate(IReadOnlyList<byte[]> proof)
    {
        var joined = new byte[proof.Count * H];
        for (var i = 0; i < proof.Count; i++)
        {
            if (proof[i].Length != H)
            {
                return null;
            }
            proof[i].CopyTo(joined, i * H);
        }
        return joined;
    }
}
