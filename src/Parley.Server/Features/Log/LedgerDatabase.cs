using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Parley.Server.Features.Log;

/// <summary>Opens connections to the database that holds the log (SQLite in WAL mode with full fsync, or PostgreSQL).</summary>
public sealed class LedgerDatabase(IOptions<LedgerOptions> options)
{
    private readonly LedgerOptions _options = options.Value;

    /// <summary>Opens a connection ready for ledger reads and durable appends.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = _options.Provider.ToLowerInvariant() switch
        {
            "sqlite" => new SqliteConnection(string.IsNullOrEmpty(_options.ConnectionString)
                ? $"Data Source={Path.Combine(_options.DataDirectory, "parley.db")}"
                : _options.ConnectionString),
            "postgresql" or "postgres" => new NpgsqlConnection(_options.ConnectionString),
            var other => throw new InvalidOperationException($"Ledger:Provider '{other}' is not sqlite or postgresql"),
        };
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection)
        {
            // An acknowledged append must survive a crash: WAL with a full fsync at every commit.
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        return connection;
    }
}
