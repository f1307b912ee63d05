using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Parley.Data.Configuration;

/// <summary>Plain ADO.NET connections to the Parley database, for the log's own reads and writes outside EF Core.</summary>
public static class DatabaseConnections
{
    /// <summary>Opens a connection; on SQLite it waits up to 30 s for a writer instead of failing at once.</summary>
    public static async Task<DbConnection> OpenAsync(ParleyDataOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
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
