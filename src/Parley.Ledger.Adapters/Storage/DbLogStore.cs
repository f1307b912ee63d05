using System.Data.Common;
using Parley.Ledger.Merkle;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Storage;

/// <summary>
/// The log in a SQLite or PostgreSQL database through plain ADO.NET, on the caller's connection and, when given,
/// the caller's transaction, so the data layer appends in the same transaction as the change it records.
/// An append reads the state row and the right-edge tiles (≤ 1 + log₂₅₆ n rows), inserts the entries and
/// upserts the tiles <see cref="TileAppender"/> computes.
/// </summary>
public sealed partial class DbLogStore(DbConnection connection, DbTransaction? transaction = null) : ILogStore
{
    /// <summary>tlog-tiles entry bundles prefix each entry with a big-endian uint16 length.</summary>
    public const int MaxEntrySize = ushort.MaxValue;

    private const int H = Rfc6962.HashSize;
    private const int RowsPerInsert = 64;
    private readonly SqlDialect _dialect = SqlDialect.For(connection);

    /// <inheritdoc />
    public Task<long> AppendAsync(IReadOnlyList<byte[]> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return AppendAsync(_ => entries, cancellationToken);
    }

    /// <summary>
    /// Appends entries built once the first index is known (log entries carry their own <c>seq</c>):
    /// <paramref name="build"/> receives the index the first entry will get.
    /// </summary>
    public async Task<long> AppendAsync(Func<long, IReadOnlyList<byte[]>> build, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(build);
        if (transaction is not null)
        {
            return await AppendInAsync(transaction, build, cancellationToken).ConfigureAwait(false);
        }
        await using var own = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        var first = await AppendInAsync(own, build, cancellationToken).ConfigureAwait(false);
        await own.CommitAsync(cancellationToken).ConfigureAwait(false);
        return first;
    }

    private async Task<long> AppendInAsync(DbTransaction tx, Func<long, IReadOnlyList<byte[]>> build, CancellationToken cancellationToken)
    {
        // Take the write lock before reading the size: SQLite by writing the state row (a read would only share it),
        // PostgreSQL by locking the row.
        if (_dialect == SqlDialect.Sqlite)
        {
            await using var touch = Command(tx, "UPDATE ledger_state SET size = size WHERE id = 1");
            await touch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        var size = await ReadSizeAsync(tx, _dialect.LockState, cancellationToken).ConfigureAwait(false);
        var entries = build(size);
        if (entries.Count == 0)
        {
            return size;
        }
        var hashes = new byte[entries.Count * H];
        for (var i = 0; i < entries.Count; i++)
        {
            if (entries[i].Length > MaxEntrySize)
            {
                throw new LedgerFormatException($"entry {i} of the batch is {entries[i].Length} bytes; the log takes at most {MaxEntrySize}");
            }
            Rfc6962.LeafHash(entries[i], hashes.AsSpan(i * H, H));
        }
        List<byte[]> edge = [];
        foreach (var tile in TileMath.RightEdge(size))
        {
            var stored = await ReadTileRowAsync(tx, tile.Level, tile.Index, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"log store is inconsistent: tile {tile.Path} is missing for size {size}");
            edge.Add(stored);
        }
        var writes = TileAppender.Append(size, edge, hashes);
        await InsertEntriesAsync(tx, size, entries, cancellationToken).ConfigureAwait(false);
        await UpsertTilesAsync(tx, writes, cancellationToken).ConfigureAwait(false);
        await using var update = Command(tx, "UPDATE ledger_state SET size = @new WHERE id = 1 AND size = @old");
        Add(update, "@new", size + entries.Count);
        Add(update, "@old", size);
        if (await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) != 1)
        {
            throw new InvalidOperationException("the log grew during this append; retry the transaction");
        }
        return size;
    }

    private async Task InsertEntriesAsync(DbTransaction tx, long first, IReadOnlyList<byte[]> entries, CancellationToken cancellationToken)
    {
        for (var offset = 0; offset < entries.Count; offset += RowsPerInsert)
        {
            var rows = Math.Min(RowsPerInsert, entries.Count - offset);
            var sql = new System.Text.StringBuilder("INSERT INTO ledger_entries (seq, data) VALUES ");
            for (var r = 0; r < rows; r++)
            {
                sql.Append(r == 0 ? "" : ", ").Append("(@s").Append(r).Append(", @d").Append(r).Append(')');
            }
            await using var insert = Command(tx, sql.ToString());
            for (var r = 0; r < rows; r++)
            {
                Add(insert, "@s" + r, first + offset + r);
                Add(insert, "@d" + r, entries[offset + r]);
            }
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpsertTilesAsync(DbTransaction tx, List<TileWrite> writes, CancellationToken cancellationToken)
    {
        foreach (var write in writes)
        {
            await using var upsert = Command(tx,
                "INSERT INTO ledger_tiles (level, idx, hashes) VALUES (@l, @i, @h) ON CONFLICT (level, idx) DO UPDATE SET hashes = excluded.hashes");
            Add(upsert, "@l", write.Level);
            Add(upsert, "@i", write.Index);
            Add(upsert, "@h", write.Hashes);
            await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private DbCommand Command(DbTransaction? tx, string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText = sql;
        return command;
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }
}
