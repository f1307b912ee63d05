using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Merkle;

public sealed class MerkleProverTests
{
    [Fact]
    public async Task RootAsync_of_test_tree_matches_every_published_root()
    {
        var store = new MemoryTileStore();
        var leaves = MerkleVectors.Leaves();
        for (var size = 0; size <= leaves.Length; size++)
        {
            var prover = new MerkleProver(new TileNodeReader(store, new TileCache(64), size));
            Assert.Equal(MerkleVectors.RootsHex[size], Convert.ToHexStringLower(await prover.RootAsync(size)));
            if (size < leaves.Length)
            {
                store.Append([leaves[size]]);
            }
        }
    }

    [Theory]
    [InlineData("inclusion/1/happy-path.json")]
    [InlineData("inclusion/2/happy-path.json")]
    [InlineData("inclusion/3/happy-path.json")]
    [InlineData("inclusion/4/happy-path.json")]
    public async Task InclusionProofAsync_reproduces_published_proof(string file)
    {
        var probe = MerkleVerifierTests.Load(file);
        var size = probe.GetProperty("treeSize").GetInt64();
        var prover = Prover(size);
        var proof = await prover.InclusionProofAsync(probe.GetProperty("leafIdx").GetInt64(), size);
        Assert.Equal(MerkleVerifierTests.Proof(probe).SelectMany(p => p).ToArray(), proof);
    }

    [Theory]
    [InlineData("consistency/1/happy-path.json")]
    [InlineData("consistency/2/happy-path.json")]
    [InlineData("consistency/3/happy-path.json")]
    [InlineData("consistency/4/happy-path.json")]
    public async Task ConsistencyProofAsync_reproduces_published_proof(string file)
    {
        var probe = MerkleVerifierTests.Load(file);
        var size2 = probe.GetProperty("size2").GetInt64();
        var prover = Prover(size2);
        var proof = await prover.ConsistencyProofAsync(probe.GetProperty("size1").GetInt64(), size2);
        Assert.Equal(MerkleVerifierTests.Proof(probe).SelectMany(p => p).ToArray(), proof);
    }

    [Fact]
    public async Task InclusionProofAsync_index_beyond_size_throws()
    {
        var prover = Prover(8);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await prover.InclusionProofAsync(8, 8));
    }

    private static MerkleProver Prover(long size)
    {
        var store = new MemoryTileStore();
        store.Append(MerkleVectors.Leaves()[..(int)size]);
        return new MerkleProver(new TileNodeReader(store, new TileCache(64), size));
    }
}
