
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
