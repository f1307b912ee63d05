namespace Parley.Ledger.Verification;

/// <summary>
/// What a server serves a verifier: the records it may see, and the ids of records that were public once and are now
/// non-public, each with the entry holding the commitment of its current version (<paramref name="Withdrawn"/>), so
/// that a record leaving the public view is told apart from a deleted row.
/// </summary>
public sealed record ServedRecords(IReadOnlyList<VisibleRecord> Records, IReadOnlyDictionary<string, long> Withdrawn);
