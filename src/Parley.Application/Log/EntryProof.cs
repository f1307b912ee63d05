
namespace Parley.Application.Log;

/// <summary>
/// One entry with an RFC 9162 inclusion proof to the latest signed checkpoint: the exact entry bytes (base64, the leaf
/// is SHA-256(0x00 || bytes)), the audit path (base64 hashes, leaf to root) and the signed root it must fold up to.
/// </summary>
public sealed record EntryProof(EntrySummary Entry, string EntryBytes, string EntryText, long TreeSize, string Root, IReadOnlyList<string> Path, string CheckpointNote);
