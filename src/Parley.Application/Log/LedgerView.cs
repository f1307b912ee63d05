using System.Text;
using Parley.Ledger;
using Parley.Ledger.Entries;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;
using Parley.Application.Humanitarian.Keys;

namespace Parley.Application.Log;

/// <summary>Reads of the log for the Record pages: overview, one entry with its inclusion proof, a record's latest entry.</summary>
public sealed class LedgerView(LogReader logReader, LedgerDatabase database, LedgerHost host, PartyKeys partyKeys)
{
    private const int LatestCount = 20;
    private const int CosignatureCount = 50;

    public async Task<LogOverview> OverviewAsync(CancellationToken cancellationToken = default)
    {
        await using var log = await logReader.OpenAsync(cancellationToken);
        var store = log.Store;
        var (checkpoint, note) = await LatestAsync(store, cancellationToken);
        var size = checkpoint?.Size ?? 0;
        var first = Math.Max(0, size - LatestCount);
        var entries = await store.ReadEntriesAsync(first, (int)(size - first), cancellationToken);
        var cosignatures = await store.RecentCosignaturesAsync(CosignatureCount, cancellationToken);
        var keys = await partyKeys.ListAsync(cancellationToken);
        return new LogOverview(
            size,
            checkpoint is null ? null : Convert.ToBase64String(checkpoint.RootHash),
            note,
            new VerifierKeyView("host", host.Key.Verifier.ToString(), null, null),
            RetiredHostKeys(),
            [.. keys.Select(k => new VerifierKeyView(k.Party, k.VerifierKey, Utc(k.RegisteredAtUtc), k.RevokedAtUtc is { } r ? Utc(r) : null))],
            [.. cosignatures.Select(c => new CosignatureView(c.Size, c.Cosigner, DateTimeOffset.FromUnixTimeSeconds(c.SignedUnix)))],
            [.. entries.Select(e => Summary(LogEntry.Parse(e.Data))).Reverse()]);
    }

    /// <summary>Entry <paramref name="seq"/> with its inclusion proof in the latest checkpoint, or null if the checkpoint does not cover it.</summary>
    public async Task<EntryProof?> EntryAsync(long seq, CancellationToken cancellationToken = default)
    {
        await using var log = await logReader.OpenAsync(cancellationToken);
        var store = log.Store;
        var (checkpoint, note) = await LatestAsync(store, cancellationToken);
        if (checkpoint is null || seq < 0 || seq >= checkpoint.Size)
        {
            return null;
        }
        var data = (await store.ReadEntriesAsync(seq, 1, cancellationToken)).Single().Data;
        var prover = new MerkleProver(new TileNodeReader(store, host.Cache, checkpoint.Size));
        var proof = await prover.InclusionProofAsync(seq, checkpoint.Size, cancellationToken);
        List<string> path = [];
        for (var i = 0; i < proof.Length; i += Rfc6962.HashSize)
        {
            path.Add(Convert.ToBase64String(proof, i, Rfc6962.HashSize));
        }
        return new EntryProof(Summary(LogEntry.Parse(data)), Convert.ToBase64String(data), Encoding.UTF8.GetString(data),
            checkpoint.Size, Convert.ToBase64String(checkpoint.RootHash), path, note!);
    }

    /// <summary>The latest entry recording record <paramref name="id"/>: its commitment's entry, else the latest public entry naming it.</summary>
    public async Task<long?> EntryOfRecordAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var log = await logReader.OpenAsync(cancellationToken);
        return await LogReader.EntryOfAsync(log.Store, id.ToString(), null, cancellationToken);
    }

    private static async Task<(Checkpoint? Checkpoint, string? Note)> LatestAsync(DbLogStore store, CancellationToken cancellationToken)
    {
        var note = await store.LatestCheckpointAsync(cancellationToken);
        return note is null ? (null, null) : (Checkpoint.Parse(SignedNote.Parse(note).Text), note);
    }

    private List<VerifierKeyView> RetiredHostKeys()
    {
        List<VerifierKeyView> retired = [];
        foreach (var path in Directory.EnumerateFiles(database.DataDirectory, HostKeyFile.FileName + ".retired-*"))
        {
            try
            {
                using var signer = KeyFile.Read(path);
                retired.Add(new VerifierKeyView("host", signer.Verifier.ToString(), null, new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero)));
            }
            catch (LedgerFormatException)
            {
                // An unreadable retired file is left for the operator; the page lists the keys it can read.
            }
        }
        return retired;
    }

    private static EntrySummary Summary(LogEntry entry) =>
        new(entry.Seq, entry.Time, entry.Kind, entry.Author, entry.Party, LogEntry.VisibilityName(entry.Visibility));

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
