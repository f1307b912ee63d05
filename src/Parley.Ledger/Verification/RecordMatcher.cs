using System.Text.Json;
using Parley.Ledger.Entries;

namespace Parley.Ledger.Verification;

/// <summary>
/// Matches the records a verifier may see (their projections, as the server serves them) with the log: a public record
/// must equal the payload of the latest entry for its id (same version, same RFC 8785 canonical JSON, or the same
/// SHA-256 when it entered as its hash); a non-public record the caller may read must open the salted commitment of
/// the entry its opening names; a public record the log still holds must still be served, unless the server says which later commitment of the same kind made it non-public. Feed every entry in order
/// to <see cref="ObserveAsync"/> (the <see cref="LogVerifier.RecordCheck"/> hook), then call <see cref="FinishAsync"/>
/// (the <see cref="LogVerifier.FinalCheck"/> hook). The records are loaded when the first entry arrives, i.e. after
/// the checkpoint was fetched, so every record the checkpoint covers is in the list.
/// </summary>
public sealed partial class RecordMatcher(Func<CancellationToken, Task<ServedRecords>> load, IEnumerable<string> recordKinds)
{
    private readonly HashSet<string> _kinds = new(recordKinds, StringComparer.Ordinal);
    private readonly Dictionary<string, Latest> _latest = new(StringComparer.Ordinal);
    private readonly Dictionary<long, string> _hiddenKinds = [];
    private readonly HashSet<long> _opened = [];
    private IReadOnlyList<VisibleRecord>? _records;
    private IReadOnlyDictionary<string, long> _withdrawn = new Dictionary<string, long>();
    private HashSet<long> _withdrawnSeqs = [];
    private Dictionary<string, VisibleRecord> _byId = new(StringComparer.Ordinal);
    private Dictionary<long, VisibleRecord> _byOpening = [];

    /// <summary>Records matched so far (known after <see cref="FinishAsync"/>).</summary>
    public int RecordsChecked { get; private set; }

    /// <summary>
    /// Whether the last problem could come from a write made between fetching the checkpoint and the records (a
    /// record newer than the checkpoint); a caller may check again once the next checkpoint is published.
    /// </summary>
    public bool ProblemMayBeNewerThanCheckpoint { get; private set; }

    /// <summary>Notes entry <paramref name="index"/>; checks a commitment as soon as its opening is known.</summary>
    public async ValueTask<string?> ObserveAsync(long index, LogEntry entry, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        var dot = entry.Kind.IndexOf('.', StringComparison.Ordinal);
        var kind = dot < 0 ? entry.Kind : entry.Kind[..dot];
        if (!_kinds.Contains(kind))
        {
            return null;
        }
        if (entry.Visibility != Visibility.Public)
        {
            if (_withdrawnSeqs.Contains(index))
            {
                _hiddenKinds[index] = kind;
            }
            if (!_byOpening.TryGetValue(index, out var record))
            {
                return null;
            }
            _opened.Add(index);
            return SaltedCommitment.Opens(entry.CommitmentHash!, record.Content, record.Opening!.Salt)
                ? null
                : $"record {record.Name} (version {record.Version}) does not open this entry's commitment: the record was changed after it was logged";
        }
        if (entry.Payload.ValueKind != JsonValueKind.Object
            || !entry.Payload.TryGetProperty("id", out var id) || id.ValueKind != JsonValueKind.String
            || !entry.Payload.TryGetProperty("version", out var version) || !version.TryGetInt32(out var number))
        {
            return null;
        }
        var key = id.GetString()!;
        var deleted = entry.Kind.EndsWith(".delete", StringComparison.Ordinal);
        _latest[key] = new Latest(index, kind, deleted, number, _byId.ContainsKey(key) ? entry.Payload : null);
        return null;
    }

    /// <summary>After the last entry: every record against its latest entry, then every logged public record served.</summary>
    public async ValueTask<string?> FinishAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken).ConfigureAwait(false);
        ProblemMayBeNewerThanCheckpoint = false;
        RecordsChecked = 0;
        foreach (var record in _records!)
        {
            var problem = record.Opening is { } opening ? CheckOpened(record, opening) : CheckPublic(record);
            if (problem is not null)
            {
                return problem;
            }
            RecordsChecked++;
        }
        foreach (var (id, latest) in _latest.OrderBy(l => l.Value.Seq))
        {
            // A record made non-public later is excused only by a commitment of its own kind after its last public entry.
            if (!latest.Deleted && !_byId.ContainsKey(id)
                && !(_withdrawn.TryGetValue(id, out var hidden) && hidden > latest.Seq && _hiddenKinds.GetValueOrDefault(hidden) == latest.Kind))
            {
                ProblemMayBeNewerThanCheckpoint = true;
                return $"record {id} ({latest.Kind}, version {latest.Version}, entry {latest.Seq}) is in the log but the server does not serve it: its row was deleted or hidden";
            }
        }
        return null;
    }

    private async ValueTask EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (_records is not null)
        {
            return;
        }
        var served = await load(cancellationToken).ConfigureAwait(false);
        _records = served.Records;
        _withdrawn = served.Withdrawn;
        _withdrawnSeqs = [.. served.Withdrawn.Values];
        _byId = new Dictionary<string, VisibleRecord>(StringComparer.Ordinal);
        foreach (var record in _records)
        {
            if (!_byId.TryAdd(record.Id, record))
            {
                throw new LedgerFormatException($"record {record.Name}: the server serves id {record.Id} twice");
            }
        }
        _byOpening = _records.Where(r => r.Opening is not null).ToDictionary(r => r.Opening!.Seq);
    }

    private sealed record Latest(long Seq, string Kind, bool Deleted, int Version, JsonElement? Payload);
}
