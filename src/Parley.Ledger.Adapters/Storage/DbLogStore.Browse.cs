namespace Parley.Ledger.Storage;

public sealed partial class DbLogStore
{
    /// <summary>The most recent cosignatures, newest checkpoint first, for showing who cosigned what and when.</summary>
    public async Task<IReadOnlyList<StoredCosignature>> RecentCosignaturesAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var select = Command(transaction, "SELECT size, cosigner, signed_unix, line FROM ledger_cosignatures ORDER BY size DESC, cosigner LIMIT @n");
        Add(select, "@n", limit);
        List<StoredCosignature> result = [];
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new StoredCosignature(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3)));
        }
        return result;
    }

    /// <summary>
    /// Indices of the latest entries whose bytes contain <paramref name="needle"/> (newest first, at most
    /// <paramref name="limit"/>): a scan inside the database, for finding the entry of a public record by its id.
    /// </summary>
    public async Task<IReadOnlyList<long>> EntriesContainingAsync(byte[] needle, int limit, CancellationToken cancellationToken = default)
    {
        var test = _dialect == SqlDialect.Sqlite ? "instr(data, @k) > 0" : "position(@k in data) > 0";
        await using var select = Command(transaction, $"SELECT seq FROM ledger_entries WHERE {test} ORDER BY seq DESC LIMIT @n");
        Add(select, "@k", needle);
        Add(select, "@n", limit);
        List<long> result = [];
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(reader.GetInt64(0));
        }
        return result;
    }
}
