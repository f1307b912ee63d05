using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Parley.Data.Configuration;

namespace Parley.Server.Features.Log;

/// <summary>Opens connections to the Parley database, which holds the log next to the record (SQLite in WAL mode, or PostgreSQL).</summary>
public sealed class LedgerDatabase(ParleyDataOptions options)
{
    /// <summary>The data directory, where the host key lives.</summary>
    public string DataDirectory => options.DataDirectory;

    /// <summary>Opens a connection ready for ledger reads.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = options.Provider == DatabaseProvider.Sqlite
            ? new SqliteConnection(options.ConnectionString)
            : new NpgsqlConnection(options.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (connection is SqliteConnection)
        {
            await using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout=30000;";
            await pragma.ExecuteNonQueryAsync(cancellationToken);
        }
        return connection;
    }
}
