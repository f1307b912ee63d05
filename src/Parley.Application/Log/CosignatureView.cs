
namespace Parley.Application.Log;

/// <summary>A party's cosignature of the checkpoint of <paramref name="Size"/>, with the time it states.</summary>
public sealed record CosignatureView(long Size, string Cosigner, DateTimeOffset SignedUtc);
