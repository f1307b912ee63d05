using System.Text;
using Parley.Ledger.Entries;
using Parley.Ledger.Storage;

namespace Parley.Application.Log;

/// <summary>
/// The one reader of the verifiable log: opens it on a connection of its own (creating its tables when new) and
/// answers which entry records a given record or batch. Appends go through <see cref="LogAppender"/>, inside the
/// change's own transaction.
/// </summary>
public sealed class LogReader(LedgerDatabase database)
{
    private const int Candidates = 8;

    /// <summary>Opens the log for reading or serving.</summary>
    public async Task<OpenLog> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = await database.OpenAsync(cancellationToken);
        try
        {
            await LogSchema.EnsureAsync(connection, null, cancellationToken);
            return new OpenLog(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// The latest entry recording <paramref name="id"/>: its commitment's entry (from the saved opening), or the
    /// latest public entry whose payload names it (of a kind starting with <paramref name="kindPrefix"/> when given),
    /// whichever is later. Null when none does.
    /// </summary>
    public static async Task<long?> EntryOfAsync(DbLogStore store, string id, string? kindPrefix, CancellationToken cancellationToken)
    {
        var opening = await store.LatestOpeningAsync(id, cancellationToken);
        // Payloads are canonical JSON (no whitespace), so a public entry naming the id contains this exact text.
        foreach (var seq in await store.EntriesContainingAsync(Encoding.UTF8.GetBytes($"\"id\":\"{id}\""), Candidates, cancellationToken))
        {
            if (opening is { } o && o.Seq > seq)
            {
                break;
            }
            var entry = LogEntry.Parse((await store.ReadEntriesAsync(seq, 1, cancellationToken)).Single().Data);
            if ((kindPrefix is null || entry.Kind.StartsWith(kindPrefix, StringComparison.Ordinal))
                && entry.Payload.ValueKind == System.Text.Json.JsonValueKind.Object
                && entry.Payload.TryGetProperty("id", out var named) && named.GetString() == id)
            {
                return seq;
            }
        }
        return opening?.Seq;
    }
}
