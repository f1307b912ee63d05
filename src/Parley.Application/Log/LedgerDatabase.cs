using System.Data.Common;
using Parley.Data.Configuration;

namespace Parley.Application.Log;

/// <summary>Opens connections to the Parley database, which holds the log next to the record (SQLite in WAL mode, or PostgreSQL).</summary>
public sealed class LedgerDatabase(ParleyDataOptions options)
{
    /// <summary>The data directory, where the host key lives.</summary>
    public string DataDirectory => options.DataDirectory;

    /// <summary>Opens a connection ready for ledger reads.</summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => DatabaseConnections.OpenAsync(options, cancellationToken);
}
