using System.Data;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Ledger.Entries;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Application.Humanitarian.Exchanges;

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
