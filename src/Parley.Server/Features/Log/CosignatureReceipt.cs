namespace Parley.Server.Features.Log;

/// <summary>Answer to an accepted cosignature: the checkpoint size and who cosigned it in this request.</summary>
public sealed record CosignatureReceipt(long Size, IReadOnlyList<string> Cosigners);
