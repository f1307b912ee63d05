using System.Collections.Concurrent;
using System.Data.Common;
using Parley.Ledger.Storage;

namespace Parley.Application.Log;

/// <summary>Creates the log's tables (plain DDL beside EF's, see docs/ledger.md) once per database per process.</summary>
internal static class LogSchema
{
    private static readonly ConcurrentDictionary<string, bool> Ready = new();

    public static async Task EnsureAsync(DbConnection connection, DbTransaction? transaction, CancellationToken cancellationToken)
    {
        var key = connection.ConnectionString;
        if (Ready.ContainsKey(key))
        {
            return;
        }
        await LedgerSchema.EnsureCreatedAsync(connection, transaction, cancellationToken);
        Ready[key] = true;
    }
}
