using Microsoft.Extensions.Options;
using Parley.Ledger.Notes;
using Parley.Ledger.Serving;
using Parley.Ledger.Tiles;
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
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Application.Log;

/// <summary>The host's log identity for this process: its key (loaded or created on first start) and the shared tile cache.</summary>
public sealed class LedgerHost : IDisposable
{
    /// <summary>Loads or creates the host key in the data directory.</summary>
    public LedgerHost(IOptions<LedgerOptions> options, LedgerDatabase database)
    {
        Directory.CreateDirectory(database.DataDirectory);
        Key = HostKeyFile.LoadOrCreate(database.DataDirectory, options.Value.Origin);
        Cache = new TileCache(Math.Max(16, options.Value.TileCacheCapacity));
    }

    /// <summary>The checkpoint signing key; never leaves the process.</summary>
    public NoteSigner Key { get; }

    /// <summary>Expanded tiles shared by the publisher and proof readers.</summary>
    public TileCache Cache { get; }

    /// <inheritdoc />
    public void Dispose() => Key.Dispose();
}
