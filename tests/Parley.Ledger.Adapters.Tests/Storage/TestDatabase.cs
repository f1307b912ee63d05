using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Ledger.Storage;

namespace Parley.Ledger.Tests.Storage;

/// <summary>
/// A real database for one test: a SQLite file in a temp directory, or a PostgreSQL database with a unique name
/// on the server of PARLEY_TEST_POSTGRES (scripts/postgres-env.sh), dropped afterwards.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _directory;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? directory, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _directory = directory;
        _postgresName = postgresName;
    }

    public string Provider { get; }

    public string ConnectionString { get; }

    public static string PostgresServer => Parley.Tests.Shared.TestServers.Postgres;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        if (provider == "sqlite")
        {
            var directory = Directory.CreateTempSubdirectory("parley-ledger-").FullName;
            var builder = new SqliteConnectionStringBuilder { DataSource = Path.Combine(directory, "ledger.db"), Pooling = false };
            var database = new TestDatabase(provider, builder.ToString(), directory, null);
            await using var connection = await database.OpenAsync();
            await LedgerSchema.EnsureCreatedAsync(connection);
            return database;
        }
        var name = "parley_ledger_" + Guid.NewGuid().ToString("N");
        await using (var admin = new NpgsqlConnection(PostgresServer))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        var target = new NpgsqlConnectionStringBuilder(PostgresServer) { Database = name };
        var pg = new TestDatabase(provider, target.ToString(), null, name);
        await using (var connection = await pg.OpenAsync())
        {
            await LedgerSchema.EnsureCreatedAsync(connection);
        }
        return pg;
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == "sqlite" ? new SqliteConnection(ConnectionString) : new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async Task ExecuteAsync(string sql)
    {
        await using var connection = await OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (_directory is not null)
        {
            Directory.Delete(_directory, true);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(PostgresServer);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
