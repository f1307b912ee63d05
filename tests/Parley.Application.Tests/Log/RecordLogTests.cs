using Parley.Application.Outcomes;
using Parley.Application.Log;
using Parley.Data;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;
using Parley.Ledger.Verification;
using Parley.Application.Talks;

namespace Parley.Application.Tests.Log;

/// <summary>The write path appends one log entry per change in the change's transaction, on a real SQLite file and PostgreSQL.</summary>
public sealed class RecordLogTests
{
    private static readonly Viewer Mediator = new(ParleyRole.Mediator, null, "u1", "mediator.tr");

    [Theory]
    [InlineData("sqlite")]
    [InlineData("postgresql")]
    public async Task Writes_append_entries_that_verify_and_hide_non_public_content(string provider)
    {
        await using var database = await Database.CreateAsync(provider);
        using var scope = database.Services.CreateScope();
        var writer = scope.ServiceProvider.GetRequiredService<IRecordWriter>();

        var statement = new Statement { SpeakerName = "Umerov", SaidOn = new DateOnly(2025, 5, 16), Quotation = "We are ready for a ceasefire.", Source = "Reuters" };
        Assert.Equal(OutcomeStatus.Ok, (await writer.CreateAsync(Mediator, statement)).Status);
        var note = new Note { Title = "Fallback", Body = "Secret fallback position on the corridor", WrittenOn = new DateOnly(2025, 5, 16), Visibility = Domain.Access.Visibility.MediatorOnly };
        Assert.Equal(OutcomeStatus.Ok, (await writer.CreateAsync(Mediator, note)).Status);
        var invalid = new Statement { SpeakerName = "Nobody", SaidOn = new DateOnly(2025, 5, 16), Quotation = "", Source = "x" };
        Assert.Equal(OutcomeStatus.Invalid, (await writer.CreateAsync(Mediator, invalid)).Status);
        statement.Quotation = "We are ready for a 30-day ceasefire.";
        Assert.Equal(OutcomeStatus.Ok, (await writer.UpdateAsync(Mediator, statement.Id, statement)).Status);

        await using var connection = await database.OpenAsync();
        var store = new DbLogStore(connection);
        var db = scope.ServiceProvider.GetRequiredService<ParleyDbContext>();
        Assert.Equal(await db.Set<AuditEntry>().CountAsync(), await store.GetSizeAsync());
        Assert.Equal(3, await store.GetSizeAsync());

        var entries = (await store.ReadEntriesAsync(0, 3)).Select(e => LogEntry.Parse(e.Data)).ToList();
        Assert.Equal(["statement.create", "note.create", "statement.update"], entries.Select(e => e.Kind));
        Assert.Contains("ready for a ceasefire", entries[0].Payload.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("fallback", Encoding.UTF8.GetString(entries[1].ToBytes()), StringComparison.OrdinalIgnoreCase);

        // Those allowed to read the note get content and salt and can check them against the public commitment.
        var stored = await db.Set<Note>().AsNoTracking().SingleAsync(n => n.Id == note.Id);
        var opening = await store.LatestOpeningAsync(note.Id.ToString());
        Assert.Equal(1, opening!.Value.Seq);
        Assert.True(SaltedCommitment.Opens(entries[1].CommitmentHash!, LogAppender.Content(stored), opening.Value.Salt));

        using var host = NoteSigner.Generate("parley.local/log");
        await new CheckpointPublisher(host, new TileCache(16), TimeProvider.System).PublishAsync(store);
        var fetcher = new StoreFetcher(database);
        Assert.True((await new LogVerifier(fetcher, host.Verifier).VerifyAsync(null, recompute: true)).Ok);

        // Erasing the content's opening leaves the log valid.
        Assert.Equal(1, await store.EraseOpeningsAsync(note.Id.ToString()));
        var after = await new LogVerifier(fetcher, host.Verifier).VerifyAsync(null, recompute: true);
        Assert.True(after.Ok, after.Message);
    }

    private sealed class StoreFetcher(Database database) : ILogFetcher
    {
        public async Task<byte[]?> GetAsync(string path, CancellationToken cancellationToken)
        {
            await using var connection = await database.OpenAsync();
            var store = new DbLogStore(connection);
            var resource = path == "log/checkpoint"
                ? await LogResources.CheckpointAsync(store, cancellationToken)
                : await LogResources.TileAsync(store, path["log/".Length..], cancellationToken);
            return resource?.Body;
        }

        public Task<(int Status, string Body)> PostAsync(string path, string body, CancellationToken cancellationToken) =>
            Task.FromResult((405, "not used"));
    }

    private sealed class Database : IAsyncDisposable
    {
        private readonly string _directory = Directory.CreateTempSubdirectory("parley-data-ledger-").FullName;
        private string? _postgres;

        public ServiceProvider Services { get; private set; } = null!;

        public ParleyDataOptions Options { get; private set; } = null!;

        public static async Task<Database> CreateAsync(string provider)
        {
            var database = new Database();
            string? connection = null;
            if (provider == "postgresql")
            {
                var server = Parley.Tests.Shared.TestServers.Postgres;
                database._postgres = "parley_datalog_" + Guid.NewGuid().ToString("N");
                await using (var admin = new NpgsqlConnection(server))
                {
                    await admin.OpenAsync();
                    await using var create = new NpgsqlCommand($"CREATE DATABASE {database._postgres}", admin);
                    await create.ExecuteNonQueryAsync();
                }
                connection = new NpgsqlConnectionStringBuilder(server) { Database = database._postgres }.ToString();
            }
            database.Options = ParleyDataOptions.Create(database._directory, connection);
            database.Services = new ServiceCollection().AddParleyApplication(database.Options).BuildServiceProvider();
            using var scope = database.Services.CreateScope();
            await scope.ServiceProvider.GetRequiredService<ParleyDbContext>().Database.MigrateAsync();
            return database;
        }

        public async Task<System.Data.Common.DbConnection> OpenAsync()
        {
            System.Data.Common.DbConnection connection = Options.Provider == DatabaseProvider.Sqlite
                ? new Microsoft.Data.Sqlite.SqliteConnection(Options.ConnectionString)
                : new NpgsqlConnection(Options.ConnectionString);
            await connection.OpenAsync();
            return connection;
        }

        public async ValueTask DisposeAsync()
        {
            await Services.DisposeAsync();
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, true);
            if (_postgres is not null)
            {
                NpgsqlConnection.ClearAllPools();
                var server = Parley.Tests.Shared.TestServers.Postgres;
                await using var admin = new NpgsqlConnection(server);
                await admin.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgres} WITH (FORCE)", admin);
                await drop.ExecuteNonQueryAsync();
            }
        }
    }
}
