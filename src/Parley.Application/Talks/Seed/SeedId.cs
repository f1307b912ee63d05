using System.Security.Cryptography;
using System.Text;

namespace Parley.Application.Talks.Seed;

/// <summary>Stable ids for demo records, so re-running the seed or linking records needs no lookups.</summary>
internal static class SeedId
{
    public static Guid Of(string name)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes("parley-demo/" + name), hash);
        return new Guid(hash[..16]);
    }
}
