using System.Data.Common;

namespace Parley.Ledger.Storage;

/// <summary>The few places SQLite and PostgreSQL differ for the ledger tables; everything else is shared SQL.</summary>
public sealed record SqlDialect(string Name, string BigInteger, string Blob, string LockState)
{
    /// <summary>SQLite: INTEGER is a 64-bit rowid alias, BLOB bytes; the write transaction itself serialises appends.</summary>
    public static readonly SqlDialect Sqlite = new("sqlite", "INTEGER", "BLOB", "");

    /// <summary>PostgreSQL: BIGINT, bytea; appenders serialise on the state row.</summary>
    public static readonly SqlDialect PostgreSql = new("postgresql", "BIGINT", "BYTEA", " FOR UPDATE");

    /// <summary>Picks the dialect from the ADO.NET provider of <paramref name="connection"/>.</summary>
    public static SqlDialect For(DbConnection connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        var type = connection.GetType().FullName ?? "";
        if (type.Contains("Sqlite", StringComparison.OrdinalIgnoreCase))
        {
            return Sqlite;
        }
        if (type.Contains("Npgsql", StringComparison.OrdinalIgnoreCase))
        {
            return PostgreSql;
        }
        throw new NotSupportedException($"the ledger store supports SQLite and PostgreSQL connections, not {type}");
    }
}
