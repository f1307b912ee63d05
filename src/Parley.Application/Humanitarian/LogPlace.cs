
namespace Parley.Application.Humanitarian;

/// <summary>
/// Where a batch's latest state sits in the verifiable log: the entry's index, and the signed checkpoint (origin,
/// size, root as printed by <c>parley verify</c>) that contains it, or no checkpoint yet.
/// </summary>
public sealed record LogPlace(long Seq, string? Origin, long? Size, string? RootHash)
{
    public bool InCheckpoint => Size is { } size && size > Seq;
}
