using Parley.Application.Log;
using Parley.Ledger.Notes;

namespace Parley.Application.Humanitarian.Exchanges;

public sealed partial class ExchangeService
{
    /// <summary>
    /// The log entry of the batch's latest change (the state a printed manifest or confirmation shows) and the
    /// newest published checkpoint, which contains it once its size is past the entry. Null when the batch has no entry.
    /// </summary>
    public async Task<LogPlace?> LogPlaceAsync(Guid batchId, CancellationToken cancellationToken = default)
    {
        await using var log = await logReader.OpenAsync(cancellationToken);
        var seq = await LogReader.EntryOfAsync(log.Store, batchId.ToString(), "exchange-batch.", cancellationToken);
        if (seq is null)
            return null;
        if (await log.Store.LatestCheckpointAsync(cancellationToken) is not { } note)
            return new LogPlace(seq.Value, null, null, null);
        var checkpoint = Checkpoint.Parse(SignedNote.Parse(note).Text);
        return new LogPlace(seq.Value, checkpoint.Origin, checkpoint.Size, Convert.ToBase64String(checkpoint.RootHash));
    }
}
