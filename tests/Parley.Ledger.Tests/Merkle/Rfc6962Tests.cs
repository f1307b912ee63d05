using Parley.Ledger.Merkle;

namespace Parley.Ledger.Tests.Merkle;

/// <summary>Vectors from transparency-dev/merkle rfc6962/rfc6962_test.go (commit 417fb0c3).</summary>
public sealed class Rfc6962Tests
{
    [Fact]
    public void EmptyRoot_is_sha256_of_nothing() =>
        Assert.Equal("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", Convert.ToHexStringLower(Rfc6962.EmptyRoot()));

    [Fact]
    public void LeafHash_of_empty_leaf_differs_from_empty_root() =>
        Assert.Equal("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d", Convert.ToHexStringLower(Rfc6962.LeafHash([])));

    [Fact]
    public void LeafHash_of_L123456_matches_vector() =>
        Assert.Equal("395aa064aa4c29f7010acfe3f25db9485bbd4b91897b6ad7ad547639252b4d56", Convert.ToHexStringLower(Rfc6962.LeafHash("L123456"u8)));

    [Fact]
    public void NodeHash_of_N123_N456_matches_vector() =>
        Assert.Equal("aa217fe888e47007fa15edab33c2b492a722cb106c64667fc2b044444de66bbb", Convert.ToHexStringLower(Rfc6962.NodeHash("N123"u8, "N456"u8)));

    [Fact]
    public void LeafHash_of_large_entry_uses_incremental_path()
    {
        var entry = new byte[5000];
        entry[4999] = 7;
        var expected = System.Security.Cryptography.SHA256.HashData([0, .. entry]);
        Assert.Equal(expected, Rfc6962.LeafHash(entry));
    }

    [Fact]
    public void LeafHash_of_test_leaves_matches_vectors()
    {
        var leaves = MerkleVectors.Leaves();
        for (var i = 0; i < leaves.Length; i++)
        {
            Assert.Equal(MerkleVectors.LeafHashesHex[i], Convert.ToHexStringLower(Rfc6962.LeafHash(leaves[i])));
        }
    }
}
