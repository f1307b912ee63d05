using Microsoft.Extensions.Options;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
using Parley.Ledger.Tiles;

namespace Parley.Application.Log;

/// <summary>The host's log identity for this process: its key (loaded or created on first start) and the shared tile cache.</summary>
public sealed class LedgerHost : IDisposable
{
    /// <summary>Loads or creates the host key in the data directory.</summary>
    public LedgerHost(IOptions<LedgerOptions> options, LedgerDatabase database)
    {
        Directory.CreateDirectory(database.DataDirectory);
        var configured = string.IsNullOrWhiteSpace(options.Value.Origin) ? null : options.Value.Origin.Trim();
        Key = HostKeyFile.LoadOrCreate(database.DataDirectory, configured, LogOrigin.Choose(configured, options.Value.PublicUrl));
        Cache = new TileCache(Math.Max(16, options.Value.TileCacheCapacity));
    }

    /// <summary>The checkpoint signing key; never leaves the process.</summary>
    public NoteSigner Key { get; }

    /// <summary>Expanded tiles shared by the publisher and proof readers.</summary>
    public TileCache Cache { get; }

    /// <inheritdoc />
    public void Dispose() => Key.Dispose();
}
