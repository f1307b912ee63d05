using System.Security.Cryptography;
using System.Text;

namespace Parley.Lists;

/// <summary>
/// A 128-bit key per id for duplicate detection in constant space per id, so a 10-million-row
/// list does not hold every id string. Short ASCII ids (the usual <c>UA-000123</c>) are packed
/// losslessly; longer ones are SHA-256 truncated to 127 bits, where a collision is beyond reach.
/// </summary>
internal static class IdFingerprint
{
    private const int MaxPacked = 15;

    public static UInt128 Of(string id)
    {
        if (id.Length <= MaxPacked && Ascii.IsValid(id))
        {
            UInt128 packed = (UInt128)(uint)id.Length << 120;
            for (var i = 0; i < id.Length; i++)
            {
                packed |= (UInt128)id[i] << (8 * i);
            }

            return packed;
        }

        Span<byte> hash = stackalloc byte[32];
        var utf8 = Encoding.UTF8.GetBytes(id);
        SHA256.HashData(utf8, hash);
        var value = new UInt128(BitConverter.ToUInt64(hash[..8]), BitConverter.ToUInt64(hash[8..16]));
        return value | ((UInt128)1 << 127);
    }
}
