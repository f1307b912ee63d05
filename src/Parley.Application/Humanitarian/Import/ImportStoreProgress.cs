
namespace Parley.Application.Humanitarian.Import;

/// <summary>How far storing a read list has got: persons sealed and written so far (not yet committed).</summary>
public sealed record ImportStoreProgress(long Stored, long Total);
