using Parley.Ledger.Tiles;

namespace Parley.Ledger.Storage;

/// <summary>
/// The log's storage: entries, tiles, published checkpoints and cosignatures. Appends write O(log n) tiles,
/// reads touch O(log n) tiles; nothing ever rebuilds the tree.
/// </summary>
public interface ILogStore : ITileSource
{
    /// <summary>Current number of entries.</summary>
    Task<long> GetSizeAsync(CancellationToken cancellationToken = default);

    /// <summary>Appends <paramref name="entries"/> (each at most 65,535 bytes); returns the index of the first.</summary>
    Task<long> AppendAsync(IReadOnlyList<byte[]> entries, CancellationToken cancellationToken = default);

    /// <summary>Entries [<paramref name="start"/>, <paramref name="start"/>+<paramref name="count"/>), in order, as stored.</summary>
    Task<IReadOnlyList<StoredEntry>> ReadEntriesAsync(long start, int count, CancellationToken cancellationToken = default);

    /// <summary>Records a signed checkpoint published for <paramref name="size"/>.</summary>
    Task SaveCheckpointAsync(long size, string note, long unixTime, CancellationToken cancellationToken = default);

    /// <summary>The most recently published checkpoint note, or null.</summary>
    Task<string?> LatestCheckpointAsync(CancellationToken cancellationToken = default);

    /// <summary>The checkpoint note published for <paramref name="size"/>, or null.</summary>
    Task<string?> CheckpointAsync(long size, CancellationToken cancellationToken = default);

    /// <summary>
    /// The C2SP entry bundle of tile <paramref name="index"/> holding <paramref name="width"/> entries, or null when
    /// the log does not hold that many entries there.
    /// </summary>
    Task<byte[]?> ReadEntryBundleAsync(long index, int width, CancellationToken cancellationToken = default);

    /// <summary>Stores a verified cosignature of the checkpoint of <paramref name="size"/> (idempotent per key).</summary>
    Task SaveCosignatureAsync(long size, string cosigner, uint keyHash, long signedUnix, string line, long receivedUnix, CancellationToken cancellationToken = default);

    /// <summary>Cosignatures stored for the checkpoint of <paramref name="size"/>.</summary>
    Task<IReadOnlyList<StoredCosignature>> CosignaturesAsync(long size, CancellationToken cancellationToken = default);
}
