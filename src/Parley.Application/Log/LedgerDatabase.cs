using System.Data.Common;
using Parley.Data.Configuration;
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
using Parley.Data;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;

namespace Parley.Application.Log;

/// <summary>Opens connections to the Parley database, which holds the log next to the record (SQLite in WAL mode, or PostgreSQL).</summary>
public sealed class LedgerDatabase(ParleyDataOptions options)
{
    /// <summary>The data directory, where the host key lives.</summary>
    public string DataDirectory => options.DataDirectory;

    /// <summary>Opens a connection ready for ledger reads.</summary>
    public Task<DbConnection> OpenAsync(CancellationToken cancellationToken) => DatabaseConnections.OpenAsync(options, cancellationToken);
}
