
namespace Parley.Application.Log;

/// <summary>Configuration section <c>Ledger</c>; the database and data directory are Parley.Data's.</summary>
public sealed class LedgerOptions
{
    /// <summary>
    /// The checkpoint origin line and host key name, the same whatever host or port serves the log. Unset: derived from
    /// <see cref="PublicUrl"/> (<c>talks.example.org/log</c>), else <c>parley.local/log</c>; an existing log keeps its own.
    /// </summary>
    public string? Origin { get; set; }

    /// <summary>The server's public base URL (<c>Parley:PublicUrl</c>), from which a new log's origin is derived.</summary>
    public string? PublicUrl { get; set; }

    /// <summary>How often a new checkpoint is signed while the log grows.</summary>
    public TimeSpan PublishInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Tiles kept expanded in memory for proofs and checkpoints (about 16 KiB each).</summary>
    public int TileCacheCapacity { get; set; } = 4096;

    /// <summary>
    /// Witnesses run by others that the server pushes each new checkpoint to (C2SP tlog-witness add-checkpoint); their
    /// cosignatures are served with the checkpoint. Configured as <c>Ledger:Witnesses:0:Url</c> and <c>:Key</c>.
    /// </summary>
    public IList<WitnessTarget> Witnesses { get; } = new List<WitnessTarget>();
}

/// <summary>A witness the log pushes to: its base URL (add-checkpoint is under it) and its verifier key.</summary>
public sealed class WitnessTarget
{
    /// <summary>Base URL, e.g. <c>https://witness.example.org/</c>; the request goes to <c>add-checkpoint</c> under it.</summary>
    public string? Url { get; set; }

    /// <summary>The witness's verifier key (<c>name+hash+base64</c>, as <c>parley keys new</c> prints it).</summary>
    public string? Key { get; set; }
}
