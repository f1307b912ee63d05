using Parley.Ledger.Notes;

namespace Parley.Ledger.Verification;

/// <summary>
/// Outcome of verifying a log: the checkpoint checked, entries checked, and on failure the reason and,
/// when one can be named, the first entry that does not match.
/// </summary>
public sealed record VerificationResult(bool Ok, Checkpoint? Checkpoint, long EntriesChecked, string Message, long? FirstBadEntry = null)
{
    internal static VerificationResult Fail(Checkpoint? checkpoint, long checkedCount, string message, long? entry = null) =>
        new(false, checkpoint, checkedCount, message, entry);
}
