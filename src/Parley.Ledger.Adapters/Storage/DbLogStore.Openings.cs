namespace Parley.Ledger.Storage;

public sealed partial class DbLogStore
{
    /// <summary>
    /// Keeps the salt that opens the commitment in entry <paramref name="seq"/> (record <paramref name="recordId"/>
    /// at <paramref name="version"/>). It is served only with the record, to those allowed to read it.
    /// </summary>
    public async Task SaveOpeningAsync(long seq, string recordId, int version, byte[] salt, CancellationToken cancellationToken = default)
    {
        await using var insert = Command(transaction, "INSERT INTO ledger_openings (seq, record_id, version, salt) VALUES (@s, @r, @v, @k)");
        Add(insert, "@s", seq);
        Add(insert, "@r", recordId);
        Add(insert, "@v", version);
        Add(insert, "@k", salt);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The latest entry recording <paramref name="recordId"/> with a commitment: its index, version and salt.</summary>
    public async Task<(long Seq, int Version, byte[] Salt)?> LatestOpeningAsync(string recordId, CancellationToken cancellationToken = default)
    {
        await using var select = Command(transaction, "SELECT seq, version, salt FROM ledger_openings WHERE record_id = @r ORDER BY seq DESC LIMIT 1");
        Add(select, "@r", recordId);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? (reader.GetInt64(0), reader.GetInt32(1), (byte[])reader.GetValue(2))
            : null;
    }

    /// <summary>Erases the openings of a record (with its content, for erasure); the log entries stay valid.</summary>
    public async Task<int> EraseOpeningsAsync(string recordId, CancellationToken cancellationToken = default)
    {
        await using var delete = Command(transaction, "DELETE FROM ledger_openings WHERE record_id = @r");
        Add(delete, "@r", recordId);
        return await delete.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Records whose latest entry is a commitment although an earlier version entered in the clear (fewer openings
    /// than versions): each id with the entry of its latest commitment. Lets a verifier tell a record made non-public
    /// from a public record whose row was deleted, without learning anything about records never public.
    /// </summary>
    public async Task<IReadOnlyList<(string RecordId, long Seq)>> WithdrawnAsync(CancellationToken cancellationToken = default)
    {
        await using var select = Command(transaction,
            "SELECT record_id, MAX(seq) FROM ledger_openings GROUP BY record_id HAVING COUNT(*) < MAX(version) ORDER BY record_id");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        List<(string, long)> withdrawn = [];
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            withdrawn.Add((reader.GetString(0), reader.GetInt64(1)));
        }
        return withdrawn;
    }
}
