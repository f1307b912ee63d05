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

/// <summary>Configuration section <c>Ledger</c>; the database and data directory are Parley.Data's.</summary>
public sealed class LedgerOptions
{
    /// <summary>The checkpoint origin line and host key name, the same whatever host or port serves the log.</summary>
    public string Origin { get; set; } = "parley.local/log";

    /// <summary>How often a new checkpoint is signed while the log grows.</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Tiles kept expanded in memory for proofs and checkpoints (about 16 KiB each).</summary>
    public int TileCacheCapacity { get; set; } = 4096;
}
