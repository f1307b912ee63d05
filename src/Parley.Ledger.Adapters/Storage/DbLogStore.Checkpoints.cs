namespace Parley.Ledger.Storage;

public sealed partial class DbLogStore
{
    /// <inheritdoc />
    public async Task SaveCheckpointAsync(long size, string note, long unixTime, CancellationToken cancellationToken = default)
    {
        await using var insert = Command(transaction,
            "INSERT INTO ledger_checkpoints (size, note, created_unix) VALUES (@s, @n, @t) ON CONFLICT (size) DO NOTHING");
        Add(insert, "@s", size);
        Add(insert, "@n", note);
        Add(insert, "@t", unixTime);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<string?> LatestCheckpointAsync(CancellationToken cancellationToken = default)
    {
        await using var select = Command(transaction, "SELECT note FROM ledger_checkpoints ORDER BY size DESC LIMIT 1");
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <inheritdoc />
    public async Task<string?> CheckpointAsync(long size, CancellationToken cancellationToken = default)
    {
        await using var select = Command(transaction, "SELECT note FROM ledger_checkpoints WHERE size = @s");
        Add(select, "@s", size);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Stores a verified cosignature of the checkpoint of <paramref name="size"/> (idempotent per key).</summary>
    public async Task SaveCosignatureAsync(long size, string cosigner, uint keyHash, long signedUnix, string line, long receivedUnix, CancellationToken cancellationToken = default)
    {
        await using var insert = Command(transaction,
            "INSERT INTO ledger_cosignatures (size, cosigner, key_hash, signed_unix, line, received_unix) VALUES (@s, @c, @k, @t, @l, @r) " +
            "ON CONFLICT (size, cosigner, key_hash) DO NOTHING");
        Add(insert, "@s", size);
        Add(insert, "@c", cosigner);
        Add(insert, "@k", (long)keyHash);
        Add(insert, "@t", signedUnix);
        Add(insert, "@l", line);
        Add(insert, "@r", receivedUnix);
        await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Cosignatures stored for the checkpoint of <paramref name="size"/>.</summary>
    public async Task<IReadOnlyList<StoredCosignature>> CosignaturesAsync(long size, CancellationToken cancellationToken = default)
    {
        await using var select = Command(transaction, "SELECT cosigner, signed_unix, line FROM ledger_cosignatures WHERE size = @s ORDER BY cosigner");
        Add(select, "@s", size);
        List<StoredCosignature> result = [];
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            result.Add(new StoredCosignature(size, reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        }
        return result;
    }
}
