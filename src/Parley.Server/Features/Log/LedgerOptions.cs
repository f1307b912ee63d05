namespace Parley.Server.Features.Log;

/// <summary>Configuration section <c>Ledger</c>.</summary>
public sealed class LedgerOptions
{
    /// <summary>Where the host key and (by default) the SQLite database live.</summary>
    public string DataDirectory { get; set; } = "data";

    /// <summary>The checkpoint origin line and host key name, the same whatever host or port serves the log.</summary>
    public string Origin { get; set; } = "parley.local/log";

    /// <summary><c>sqlite</c> (default) or <c>postgresql</c>.</summary>
    public string Provider { get; set; } = "sqlite";

    /// <summary>Connection string; empty means <c>{DataDirectory}/parley.db</c> on SQLite.</summary>
    public string ConnectionString { get; set; } = "";

    /// <summary>How often a new checkpoint is signed while the log grows.</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Tiles kept expanded in memory for proofs and checkpoints (about 16 KiB each).</summary>
    public int TileCacheCapacity { get; set; } = 4096;
}
