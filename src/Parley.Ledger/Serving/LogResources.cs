using System.Text;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Serving;

/// <summary>
/// Resolves C2SP tlog-tiles paths (<c>checkpoint</c>, <c>tile/&lt;L&gt;/&lt;N&gt;[.p/&lt;W&gt;]</c>,
/// <c>tile/entries/&lt;N&gt;[.p/&lt;W&gt;]</c>) against a store; HTTP endpoints are a thin shell over it.
/// </summary>
public static class LogResources
{
    /// <summary>
    /// The latest signed checkpoint with, after the host's signature, the cosignature lines (C2SP tlog-cosignature)
    /// received for it, as witnessed logs serve it; null before the first is published.
    /// </summary>
    public static async Task<LogResource?> CheckpointAsync(ILogStore store, CancellationToken cancellationToken)
    {
        var note = await store.LatestCheckpointAsync(cancellationToken).ConfigureAwait(false);
        if (note is null)
        {
            return null;
        }

        var size = Checkpoint.Parse(SignedNote.Parse(note).Text).Size;
        var cosigned = new StringBuilder(note);
        foreach (var cosignature in await store.CosignaturesAsync(size, cancellationToken).ConfigureAwait(false))
        {
            cosigned.Append(cosignature.Line).Append('\n');
        }

        return new LogResource(Encoding.UTF8.GetBytes(cosigned.ToString()), "text/plain; charset=utf-8", false);
    }

    /// <summary>
    /// The tile or entry bundle at <paramref name="path"/> (relative to the log prefix, starting with <c>tile/</c>),
    /// or null when the tree does not have it. A malformed path throws <see cref="LedgerFormatException"/>.
    /// </summary>
    public static async Task<LogResource?> TileAsync(ILogStore store, string path, CancellationToken cancellationToken)
    {
        var tile = TilePath.Parse(path);
        var size = await store.GetSizeAsync(cancellationToken).ConfigureAwait(false);
        var level = tile.IsEntries ? 0 : tile.Level;
        var available = TileMath.WidthInTree(size, level, tile.Index);
        // A partial tile stays servable once the full one exists: its hashes are the full tile's prefix.
        if (available < tile.Width)
        {
            return null;
        }
        if (tile.IsEntries)
        {
            var bundle = await store.ReadEntryBundleAsync(tile.Index, tile.Width, cancellationToken).ConfigureAwait(false);
            return bundle is null ? null : new LogResource(bundle, "application/octet-stream", true);
        }
        var hashes = await store.ReadTileAsync(tile.Level, tile.Index, tile.Width, cancellationToken).ConfigureAwait(false);
        return hashes is null ? null : new LogResource(hashes[..(tile.Width * Merkle.Rfc6962.HashSize)], "application/octet-stream", true);
    }
}
