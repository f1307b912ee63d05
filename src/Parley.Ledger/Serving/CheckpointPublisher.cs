using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Serving;

/// <summary>
/// Signs and records a checkpoint of the current tree when it grew since the last one. The root comes from the
/// tiles in O(log n) reads; tiles only ever grow, so a root of size n read during later appends is still right.
/// </summary>
public sealed class CheckpointPublisher(NoteSigner hostKey, TileCache cache, TimeProvider time)
{
    /// <summary>Publishes a checkpoint if the log grew; returns the checkpoint now current, or null for an empty log.</summary>
    public async Task<Checkpoint?> PublishAsync(ILogStore store, CancellationToken cancellationToken = default)
    {
        var size = await store.GetSizeAsync(cancellationToken).ConfigureAwait(false);
        var latest = await store.LatestCheckpointAsync(cancellationToken).ConfigureAwait(false);
        var current = latest is null ? null : Checkpoint.Parse(SignedNote.Parse(latest).Text);
        if (current is not null && current.Size >= size)
        {
            return current;
        }
        var root = await new MerkleProver(new TileNodeReader(store, cache, size)).RootAsync(size, cancellationToken).ConfigureAwait(false);
        var checkpoint = new Checkpoint(hostKey.Name, size, root);
        var note = SignedNote.Sign(checkpoint.ToText(), hostKey);
        await store.SaveCheckpointAsync(size, note.ToString(), time.GetUtcNow().ToUnixTimeSeconds(), cancellationToken).ConfigureAwait(false);
        return checkpoint;
    }
}
