using Parley.Ledger.Merkle;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Storage;

public sealed class DbLogStoreTests
{
    private const int H = Rfc6962.HashSize;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task AppendAsync_batches_give_naive_root_and_verifying_proofs(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var connection = await database.OpenAsync();
        var store = new DbLogStore(connection);
        var random = new Random(21);
        List<byte[]> all = [];
        while (all.Count < 1500)
        {
            var batch = Enumerable.Range(0, 1 + random.Next(400)).Select(_ => RandomEntry(random)).ToList();
            Assert.Equal(all.Count, await store.AppendAsync(batch));
            all.AddRange(batch);
        }
        Assert.Equal(all.Count, await store.GetSizeAsync());
        var leafHashes = all.SelectMany(e => Rfc6962.LeafHash(e)).ToArray();
        var cache = new TileCache(64);
        foreach (var size in new long[] { 1, 255, 256, 257, 1000, all.Count })
        {
            var root = NaiveMerkle.Root(leafHashes, 0, size);
            var prover = new MerkleProver(new TileNodeReader(store, cache, size));
            Assert.Equal(root, await prover.RootAsync(size));
            var index = random.NextInt64(size);
            var proof = await prover.InclusionProofAsync(index, size);
            Assert.Equal(ProofFailure.None, MerkleVerifier.VerifyInclusion(index, size, leafHashes.AsSpan((int)index * H, H), proof, root));
        }
        var entries = await store.ReadEntriesAsync(300, 5);
        Assert.Equal(all[300..305], entries.Select(e => e.Data));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task AppendAsync_in_rolled_back_transaction_leaves_log_unchanged(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var connection = await database.OpenAsync();
        await new DbLogStore(connection).AppendAsync([[1], [2], [3]]);
        await using (var tx = await connection.BeginTransactionAsync())
        {
            await new DbLogStore(connection, tx).AppendAsync([.. Enumerable.Range(0, 300).Select(i => BitConverter.GetBytes(i))]);
            await tx.RollbackAsync();
        }
        var store = new DbLogStore(connection);
        Assert.Equal(3, await store.GetSizeAsync());
        Assert.Null(await store.ReadTileAsync(0, 1, 1, default));
        Assert.Equal(3 * H, (await store.ReadTileAsync(0, 0, 3, default))!.Length);
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task AppendAsync_oversized_entry_is_refused_and_nothing_is_written(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var connection = await database.OpenAsync();
        var store = new DbLogStore(connection);
        var error = await Assert.ThrowsAsync<LedgerFormatException>(() => store.AppendAsync([[1], new byte[65536]]));
        Assert.Contains("entry 1", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, await store.GetSizeAsync());
        Assert.Equal(0, await store.AppendAsync([new byte[65535]]));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task ReadEntryBundleAsync_prefixes_each_entry_with_uint16_length(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var connection = await database.OpenAsync();
        var store = new DbLogStore(connection);
        await store.AppendAsync([[0xAA], [], [1, 2, 3]]);
        Assert.Equal(new byte[] { 0, 1, 0xAA, 0, 0, 0, 3, 1, 2, 3 }, await store.ReadEntryBundleAsync(0, 3));
        Assert.Null(await store.ReadEntryBundleAsync(0, 4));
    }

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Checkpoints_and_cosigners_round_trip(string provider)
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var connection = await database.OpenAsync();
        var store = new DbLogStore(connection);
        Assert.Null(await store.LatestCheckpointAsync());
        await store.SaveCheckpointAsync(5, "five", 100);
        await store.SaveCheckpointAsync(9, "nine", 101);
        Assert.Equal("nine", await store.LatestCheckpointAsync());
        Assert.Equal("five", await store.CheckpointAsync(5));

        await store.SaveCosignatureAsync(9, "ukraine.mod", 7, 102, "— ukraine.mod AAAA", 103);
        await store.SaveCosignatureAsync(9, "ukraine.mod", 7, 102, "— ukraine.mod AAAA", 104);
        Assert.Single(await store.CosignaturesAsync(9));
    }

    private static byte[] RandomEntry(Random random)
    {
        var entry = new byte[random.Next(0, 64)];
        random.NextBytes(entry);
        return entry;
    }
}
