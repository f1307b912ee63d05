using System.Text.Json;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
using Parley.Ledger.Storage;
using Parley.Ledger.Tests.Storage;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Tests.Verification;

/// <summary>A real database holding a Parley log, its host key, and helpers to grow and publish it.</summary>
internal sealed class LogFixture : IAsyncDisposable
{
    public const string Origin = "parley.local/log";

    private LogFixture(TestDatabase database, NoteSigner hostKey)
    {
        Database = database;
        HostKey = hostKey;
        Handle = new TestDatabaseHandle(database);
        Fetcher = new StoreFetcher(Handle);
    }

    public TestDatabase Database { get; }

    public NoteSigner HostKey { get; }

    public TestDatabaseHandle Handle { get; }

    public StoreFetcher Fetcher { get; }

    public static async Task<LogFixture> CreateAsync(string provider, NoteSigner? hostKey = null) =>
        new(await TestDatabase.CreateAsync(provider), hostKey ?? NoteSigner.Generate(Origin));

    /// <summary>Appends <paramref name="count"/> entries, alternating public records and commitments, seeded.</summary>
    public async Task AppendAsync(int count, int seed, string author = "mediator.tr")
    {
        var random = new Random(seed);
        await using var connection = await Database.OpenAsync();
        await new DbLogStore(connection).AppendAsync(first => [.. Enumerable.Range(0, count).Select(i => Entry(first + i, random, author).ToBytes())]);
    }

    public async Task<Checkpoint?> PublishAsync()
    {
        await using var connection = await Database.OpenAsync();
        return await new CheckpointPublisher(HostKey, new TileCache(64), TimeProvider.System).PublishAsync(new DbLogStore(connection));
    }

    public async Task ExecuteAsync(string sql) => await Database.ExecuteAsync(sql);

    public static LogEntry Entry(long seq, Random random, string author)
    {
        var time = new DateTimeOffset(2025, 5, 16, 9, 0, 0, TimeSpan.Zero).AddMinutes(seq);
        if (random.Next(3) == 0)
        {
            var secret = JsonSerializer.SerializeToElement(new { detainee = $"person {random.Next()}" });
            return LogEntry.ForCommitment(seq, time, author, "ukraine", "detainee.listed", Visibility.Shared, SaltedCommitment.Create(secret));
        }
        var record = JsonSerializer.SerializeToElement(new { statement = $"statement {random.Next()}", round = random.Next(1, 5) });
        return LogEntry.ForPublic(seq, time, author, null, "statement.recorded", record);
    }

    public async ValueTask DisposeAsync()
    {
        HostKey.Dispose();
        await Database.DisposeAsync();
    }
}
