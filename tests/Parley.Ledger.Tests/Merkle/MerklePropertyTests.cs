using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Merkle;

/// <summary>Random trees against the textbook recursion: every proof verifies; any change makes it fail.</summary>
public sealed class MerklePropertyTests
{
    private const int H = Rfc6962.HashSize;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task Proofs_of_random_trees_verify_and_any_tampering_fails(int seed)
    {
        var random = new Random(seed);
        var max = 300 + random.Next(400);
        var store = new MemoryTileStore();
        var leafHashes = new byte[max * H];
        var entries = new byte[max][];
        for (var i = 0; i < max; i++)
        {
            entries[i] = new byte[random.Next(0, 40)];
            random.NextBytes(entries[i]);
            Rfc6962.LeafHash(entries[i], leafHashes.AsSpan(i * H, H));
        }
        // Append in random batch sizes so tiles are built across many partial states.
        for (var done = 0; done < max;)
        {
            var batch = Math.Min(max - done, 1 + random.Next(300));
            store.Append(entries[done..(done + batch)]);
            done += batch;
        }
        var cache = new TileCache(32);
        for (var trial = 0; trial < 60; trial++)
        {
            var size = 1 + random.Next(max);
            var root = NaiveMerkle.Root(leafHashes, 0, size);
            var prover = new MerkleProver(new TileNodeReader(store, cache, size));
            Assert.Equal(root, await prover.RootAsync(size));

            var index = random.Next(size);
            var leaf = leafHashes.AsSpan(index * H, H).ToArray();
            var proof = await prover.InclusionProofAsync(index, size);
            Assert.Equal(ProofFailure.None, MerkleVerifier.VerifyInclusion(index, size, leaf, proof, root));
            AssertTamperingFails(proof, p => MerkleVerifier.VerifyInclusion(index, size, leaf, p, root), random);
            Assert.NotEqual(ProofFailure.None, MerkleVerifier.VerifyInclusion(index, size, Flip(leaf, random), proof, root));
            Assert.NotEqual(ProofFailure.None, MerkleVerifier.VerifyInclusion(index, size, leaf, proof, Flip(root, random)));
            if (size > 1)
            {
                var other = (index + 1 + random.Next(size - 1)) % size;
                Assert.NotEqual(ProofFailure.None, MerkleVerifier.VerifyInclusion(other, size, leaf, proof, root));
            }
            // A wrong size is caught against that size's real root (the size is bound to its root by the checkpoint).
            var wrongSize = size == max ? size - 1 : size + 1;
            if (wrongSize > index)
            {
                var wrongRoot = NaiveMerkle.Root(leafHashes, 0, wrongSize);
                Assert.NotEqual(ProofFailure.None, MerkleVerifier.VerifyInclusion(index, wrongSize, leaf, proof, wrongRoot));
            }

            var size1 = 1 + random.Next(size);
            var root1 = NaiveMerkle.Root(leafHashes, 0, size1);
            var consistency = await prover.ConsistencyProofAsync(size1, size);
            Assert.Equal(ProofFailure.None, MerkleVerifier.VerifyConsistency(size1, size, consistency, root1, root));
            AssertTamperingFails(consistency, p => MerkleVerifier.VerifyConsistency(size1, size, p, root1, root), random);
            Assert.NotEqual(ProofFailure.None, MerkleVerifier.VerifyConsistency(size1, size, consistency, Flip(root1, random), root));
            if (size1 < size)
            {
                var nextRoot = NaiveMerkle.Root(leafHashes, 0, size1 + 1);
                Assert.NotEqual(ProofFailure.None, MerkleVerifier.VerifyConsistency(size1 + 1, size, consistency, nextRoot, root));
            }
        }
    }

    [Fact]
    public void CompactRange_matches_naive_root_at_every_size()
    {
        var random = new Random(7);
        var leafHashes = new byte[600 * H];
        random.NextBytes(leafHashes);
        var range = new CompactRange();
        Assert.Equal(Rfc6962.EmptyRoot(), range.Root());
        for (var i = 0; i < 600; i++)
        {
            range.Append(leafHashes.AsSpan(i * H, H));
            Assert.Equal(NaiveMerkle.Root(leafHashes, 0, i + 1), range.Root());
        }
    }

    private static void AssertTamperingFails(byte[] proof, Func<byte[], ProofFailure> verify, Random random)
    {
        if (proof.Length > 0)
        {
            Assert.NotEqual(ProofFailure.None, verify(Flip(proof, random)));
            Assert.NotEqual(ProofFailure.None, verify(proof[..^H]));
        }
        Assert.NotEqual(ProofFailure.None, verify([.. proof, .. new byte[H]]));
    }

    private static byte[] Flip(byte[] bytes, Random random)
    {
        var copy = bytes.ToArray();
        var bit = random.Next(copy.Length * 8);
        copy[bit / 8] ^= (byte)(1 << (bit % 8));
        return copy;
    }
}
