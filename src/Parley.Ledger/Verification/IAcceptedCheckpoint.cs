using Parley.Ledger.Notes;

namespace Parley.Ledger.Verification;

/// <summary>
/// Where a party keeps the last checkpoint it accepted, so that the next check can prove the log only grew. The
/// engine does no I/O; <c>CheckpointStateDirectory</c> in Parley.Ledger.Adapters keeps it in a file.
/// </summary>
public interface IAcceptedCheckpoint
{
    /// <summary>Names the place in error messages (e.g. the file's path).</summary>
    string Where { get; }

    /// <summary>The signed checkpoint note accepted last, or null before the first check.</summary>
    byte[]? Load();

    /// <summary>Replaces the accepted checkpoint; a crash leaves either the old note or the new one.</summary>
    void Save(SignedNote note);
}
