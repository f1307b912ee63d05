using System.Data.Common;

namespace Parley.Ledger.Storage;

/// <summary>Creates the ledger tables (idempotent) in the caller's database, inside the caller's transaction if any.</summary>
public static class LedgerSchema
{
    /// <summary>The DDL for <paramref name="dialect"/>, for migrations that want to embed it.</summary>
    public static IReadOnlyList<string> Statements(SqlDialect dialect) =>
    [
        $"CREATE TABLE IF NOT EXISTS ledger_state (id INTEGER PRIMARY KEY, size {dialect.BigInteger} NOT NULL)",
        "INSERT INTO ledger_state (id, size) VALUES (1, 0) ON CONFLICT (id) DO NOTHING",
        $"CREATE TABLE IF NOT EXISTS ledger_entries (seq {dialect.BigInteger} PRIMARY KEY, data {dialect.Blob} NOT NULL)",
        $"CREATE TABLE IF NOT EXISTS ledger_tiles (level INTEGER NOT NULL, idx {dialect.BigInteger} NOT NULL, hashes {dialect.Blob} NOT NULL, PRIMARY KEY (level, idx))",
        $"CREATE TABLE IF NOT EXISTS ledger_checkpoints (size {dialect.BigInteger} PRIMARY KEY, note TEXT NOT NULL, created_unix {dialect.BigInteger} NOT NULL)",
        $"CREATE TABLE IF NOT EXISTS ledger_cosignatures (size {dialect.BigInteger} NOT NULL, cosigner TEXT NOT NULL, key_hash {dialect.BigInteger} NOT NULL, " +
            $"signed_unix {dialect.BigInteger} NOT NULL, line TEXT NOT NULL, received_unix {dialect.BigInteger} NOT NULL, PRIMARY KEY (size, cosigner, key_hash))",
        $"CREATE TABLE IF NOT EXISTS ledger_openings (seq {dialect.BigInteger} PRIMARY KEY, record_id TEXT NOT NULL, version INTEGER NOT NULL, salt {dialect.Blob} NOT NULL)",
        "CREATE INDEX IF NOT EXISTS ledger_openings_record ON ledger_openings (record_id, version)",
    ];

    /// <summary>Creates the tables if missing.</summary>
    public static async Task EnsureCreatedAsync(DbConnection connection, DbTransaction? transaction = null, CancellationToken cancellationToken = default)
    {
        var dialect = SqlDialect.For(connection);
        foreach (var statement in Statements(dialect))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = statement;
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
