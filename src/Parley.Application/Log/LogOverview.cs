
namespace Parley.Application.Log;

/// <summary>
/// What the Record page shows: the latest signed checkpoint (size, root, note text), who cosigned which checkpoint
/// and when, the verifier keys and the latest entries.
/// </summary>
public sealed record LogOverview(
    long Size,
    string? Root,
    string? CheckpointNote,
    VerifierKeyView HostKey,
    IReadOnlyList<VerifierKeyView> RetiredHostKeys,
    IReadOnlyList<VerifierKeyView> PartyKeys,
    IReadOnlyList<CosignatureView> Cosignatures,
    IReadOnlyList<EntrySummary> LatestEntries);
