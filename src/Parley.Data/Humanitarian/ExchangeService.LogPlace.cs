using System.Data;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;

namespace Parley.Data.Humanitarian;

public sealed partial class ExchangeService
{
    private const int LogPage = 256;

    /// <summary>
    /// The log entry of the batch's latest change (the state a printed manifest or confirmation shows) and the
    /// newest published checkpoint, which contains it once its size is past the entry. Null when the batch has no entry.
    /// </summary>
    /// <remarks>
    /// Batch entries are public, so this reads the log backwards from its end; a batch's last change is recent,
    /// so the walk is short.
    /// </remarks>
    public async Task<LogPlace?> LogPlaceAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != ConnectionState.Open;
        if (opened)
            await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await LedgerSchema.EnsureCreatedAsync(connection, null, cancellationToken);
            var store = new DbLogStore(connection);
            var seq = await FindBatchEntryAsync(store, batchId.ToString(), cancellationToken);
            if (seq is null)
                return null;
            if (await store.LatestCheckpointAsync(cancellationToken) is not { } note)
                return new LogPlace(seq.Value, null, null, null);
            var checkpoint = Checkpoint.Parse(SignedNote.Parse(note).Text);
            return new LogPlace(seq.Value, checkpoint.Origin, checkpoint.Size, Convert.ToBase64String(checkpoint.RootHash));
        }
        finally
        {
            if (opened)
                await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long?> FindBatchEntryAsync(DbLogStore store, string batchId, CancellationToken cancellationToken)
    {
        for (var end = await store.GetSizeAsync(cancellationToken); end > 0; end -= LogPage)
        {
            var start = Math.Max(0, end - LogPage);
            var entries = await store.ReadEntriesAsync(start, (int)(end - start), cancellationToken);
            for (var i = entries.Count - 1; i >= 0; i--)
            {
                var entry = LogEntry.Parse(entries[i].Data);
                if (entry.Kind.StartsWith("exchange-batch.", StringComparison.Ordinal)
                    && entry.Payload.ValueKind == JsonValueKind.Object
                    && entry.Payload.TryGetProperty("id", out var id) && id.GetString() == batchId)
                    return entries[i].Index;
            }
        }
        return null;
    }
}
