using System.Data.Common;
using Parley.Ledger.Entries;
using Parley.Ledger.Merkle;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;
using Parley.Ledger.Verification;

namespace Parley.Ledger.Tests.Verification;

/// <summary>
/// Direct edits of the log's rows in SQLite and PostgreSQL, many random ones of each kind, each caught by the verifier;
/// after every edit the rows are put back and the log verifies again.
/// </summary>
public sealed class LogTamperingTests
{
    private const int Size = 600;
    private const int Rounds = 6;

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Edited_entry_is_named_by_verify(string provider) =>
        await TamperAsync(provider, async (log, random) =>
        {
            var index = random.Next(Size);
            var original = await ReadEntryAsync(log, index);
            var entry = LogEntry.Parse(original);
            await WriteEntryAsync(log, index, (entry with { Author = entry.Author + "-forged" }).ToBytes());
            return (index, () => WriteEntryAsync(log, index, original));
        });

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Reordered_entries_are_named_by_verify(string provider) =>
        await TamperAsync(provider, async (log, random) =>
        {
            var a = random.Next(Size - 1);
            var b = a + 1 + random.Next(Size - a - 1);
            var (first, second) = (await ReadEntryAsync(log, a), await ReadEntryAsync(log, b));
            await WriteEntryAsync(log, a, second);
            await WriteEntryAsync(log, b, first);
            return (a, async () =>
            {
                await WriteEntryAsync(log, a, first);
                await WriteEntryAsync(log, b, second);
            });
        });

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Deleted_entry_is_caught_by_verify(string provider) =>
        await TamperAsync(provider, async (log, random) =>
        {
            var index = random.Next(Size);
            var original = await ReadEntryAsync(log, index);
            await log.ExecuteAsync($"DELETE FROM ledger_entries WHERE seq = {index}");
            return (null, () => InsertEntryAsync(log, index, original));
        });

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Edited_or_deleted_tile_is_caught_by_verify(string provider) =>
        await TamperAsync(provider, async (log, random) =>
        {
            var tiles = new[] { (0, 0L), (0, 1L), (0, 2L), (1, 0L) };
            var (level, index) = tiles[random.Next(tiles.Length)];
            var original = await ReadTileAsync(log, level, index);
            if (random.Next(2) == 0)
            {
                var edited = original.ToArray();
                edited[random.Next(edited.Length)] ^= (byte)(1 << random.Next(8));
                await WriteTileAsync(log, level, index, edited);
            }
            else
            {
                await log.ExecuteAsync($"DELETE FROM ledger_tiles WHERE level = {level} AND idx = {index}");
            }
            return (null, () => WriteTileAsync(log, level, index, original));
        });

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Entry_rewritten_with_rebuilt_tiles_fails_the_signed_root(string provider) =>
        await TamperAsync(provider, async (log, random) =>
        {
            var index = random.Next(Size);
            var original = await ReadEntryAsync(log, index);
            var entry = LogEntry.Parse(original);
            await WriteEntryAsync(log, index, (entry with { Kind = "statement.retracted" }).ToBytes());
            await RebuildTilesAsync(log);
            return (null, async () =>
            {
                await WriteEntryAsync(log, index, original);
                await RebuildTilesAsync(log);
            });
        }, expect: "rewritten");

    private static async Task TamperAsync(string provider, Func<LogFixture, Random, Task<(long? Entry, Func<Task> Restore)>> tamper, string? expect = null)
    {
        await using var log = await LogFixture.CreateAsync(provider);
        await log.AppendAsync(Size, 8);
        await log.PublishAsync();
        var verifier = new LogVerifier(log.Fetcher, log.HostKey.Verifier);
        var random = new Random(provider.Length);
        for (var round = 0; round < Rounds; round++)
        {
            var (entry, restore) = await tamper(log, random);
            var result = await verifier.VerifyAsync(null, recompute: true);
            Assert.False(result.Ok, $"round {round}: tampering went unnoticed");
            if (entry is not null)
            {
                Assert.Equal(entry, result.FirstBadEntry);
                Assert.Contains($"entry {entry}", result.Message, StringComparison.Ordinal);
            }
            if (expect is not null)
            {
                Assert.Contains(expect, result.Message, StringComparison.Ordinal);
            }
            await restore();
            var clean = await verifier.VerifyAsync(null, recompute: true);
            Assert.True(clean.Ok, $"round {round}: after restoring: {clean.Message}");
        }
    }

    private static async Task<byte[]> ReadEntryAsync(LogFixture log, long index)
    {
        await using var connection = await log.Database.OpenAsync();
        return (await new DbLogStore(connection).ReadEntriesAsync(index, 1)).Single().Data;
    }

    private static Task WriteEntryAsync(LogFixture log, long index, byte[] data) =>
        ExecuteAsync(log, "UPDATE ledger_entries SET data = @v WHERE seq = @k", data, index);

    private static Task InsertEntryAsync(LogFixture log, long index, byte[] data) =>
        ExecuteAsync(log, "INSERT INTO ledger_entries (data, seq) VALUES (@v, @k)", data, index);

    private static async Task<byte[]> ReadTileAsync(LogFixture log, int level, long index)
    {
        await using var connection = await log.Database.OpenAsync();
        return (await new DbLogStore(connection).ReadTileAsync(level, index, 1, default))!;
    }

    private static async Task WriteTileAsync(LogFixture log, int level, long index, byte[] hashes)
    {
        await log.ExecuteAsync($"DELETE FROM ledger_tiles WHERE level = {level} AND idx = {index}");
        await ExecuteAsync(log, $"INSERT INTO ledger_tiles (level, hashes, idx) VALUES ({level}, @v, @k)", hashes, index);
    }

    /// <summary>What an attacker with database access would do to hide an edit: recompute every tile from the entries.</summary>
    private static async Task RebuildTilesAsync(LogFixture log)
    {
        await using var connection = await log.Database.OpenAsync();
        var entries = await new DbLogStore(connection).ReadEntriesAsync(0, Size);
        var memory = new MemoryTileStore();
        memory.Append([.. entries.Select(e => e.Data)]);
        foreach (var level in Enumerable.Range(0, TileMath.Levels(Size)))
        {
            foreach (var tile in TileMath.TilesOf(Size, level))
            {
                var hashes = await memory.ReadTileAsync(tile.Level, tile.Index, tile.Width, default);
                await WriteTileAsync(log, tile.Level, tile.Index, hashes![..(tile.Width * Rfc6962.HashSize)]);
            }
        }
    }

    private static async Task ExecuteAsync(LogFixture log, string sql, byte[] value, long key)
    {
        await using var connection = await log.Database.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Add(command, "@v", value);
        Add(command, "@k", key);
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
