using System.Data.Common;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Storage;

public sealed partial class DbLogStore
{
    /// <inheritdoc />
    public Task<long> GetSizeAsync(CancellationToken cancellationToken = default) => ReadSizeAsync(transaction, "", cancellationToken);

    /// <inheritdoc />
    public async ValueTask<byte[]?> ReadTileAsync(int level, long index, int width, CancellationToken cancellationToken)
    {
        var hashes = await ReadTileRowAsync(transaction, level, index, cancellationToken).ConfigureAwait(false);
        return hashes is not null && hashes.Length >= width * H ? hashes : null;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<StoredEntry>> ReadEntriesAsync(long start, int count, CancellationToken cancellationToken = default)
    {
        await using var select = Command(transaction, "SELECT seq, data FROM ledger_entries WHERE seq >= @a AND seq < @b ORDER BY seq");
        Add(select, "@a", start);
        Add(select, "@b", start + count);
        List<StoredEntry> entries = new(count);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            entries.Add(new StoredEntry(reader.GetInt64(0), (byte[])reader.GetValue(1)));
        }
        return entries;
    }

    /// <summary>
    /// The tlog-tiles entry bundle <paramref name="index"/> of <paramref name="width"/> entries: each entry as a
    /// big-endian uint16 length and its bytes, or null when the log does not hold that many entries there.
    /// </summary>
    public async Task<byte[]?> ReadEntryBundleAsync(long index, int width, CancellationToken cancellationToken = default)
    {
        var entries = await ReadEntriesAsync(index * TileMath.Width, width, cancellationToken).ConfigureAwait(false);
        if (entries.Count < width)
        {
            return null;
        }
        return EntryBundle.Join(entries.Select(e => e.Data));
    }

    private async Task<long> ReadSizeAsync(DbTransaction? tx, string suffix, CancellationToken cancellationToken)
    {
        await using var select = Command(tx, "SELECT size FROM ledger_state WHERE id = 1" + suffix);
        var value = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException("the ledger tables are not created: call LedgerSchema.EnsureCreatedAsync");
        return Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<byte[]?> ReadTileRowAsync(DbTransaction? tx, int level, long index, CancellationToken cancellationToken)
    {
        await using var select = Command(tx, "SELECT hashes FROM ledger_tiles WHERE level = @l AND idx = @i");
        Add(select, "@l", level);
        Add(select, "@i", index);
        return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as byte[];
    }
}
