using Parley.Linkage.Normalisation;

namespace Parley.Linkage.Blocking;

/// <summary>
/// Complementary blocking keys (Christen 2012, "Data Matching", ch. 4): a pair becomes a candidate
/// when it shares any key, so one wrong field does not lose it.
/// <list type="number">
/// <item>Names: family and given keys as an unordered pair (order swaps agree), restricted inside the
/// block to birth years within one of each other or unknown.</item>
/// <item>Given name + date of birth (day/month order ignored): catches a misspelt or re-formed surname.</item>
/// <item>Family name + date of birth (day/month order ignored): catches an unlisted given-name form.</item>
/// <item>Consonant prefixes of both names + birth year: catches typos late in either name.</item>
/// <item>Family name + birth year, used only when a date is partial on at least one side (when both are
/// full, key 3 already covers a misspelt given name): catches a misspelt given name.</item>
/// </list>
/// Zero means "no key" (the field it needs is missing).
/// </summary>
internal static class BlockingKeys
{
    public const int Count = 5;
    public const int Names = 0;
    public const int FamilyYear = 4;

    public static ulong[][] Compute(PreparedList list, Vocabulary v)
    {
        var keys = new ulong[Count][];
        for (var k = 0; k < Count; k++)
        {
            keys[k] = new ulong[list.Count];
        }

        for (var i = 0; i < list.Count; i++)
        {
            int f = list.Family[i], g = list.Given[i], dob = list.Dob[i];
            var fk = f < 0 ? 0UL : v.Key[f];
            var gk = g < 0 ? 0UL : v.Key[g];
            var full = Dates.Day(dob) != 0;
            var year = (ulong)Dates.Year(dob);
            if (fk != 0 || gk != 0)
            {
                keys[0][i] = Hashing.Mix(0xA1, Math.Min(fk, gk), Math.Max(fk, gk));
            }

            if (full && gk != 0)
            {
                keys[1][i] = Hashing.Mix(0xB2, gk, Dates.SwapInsensitive(dob));
            }

            if (full && fk != 0)
            {
                keys[2][i] = Hashing.Mix(0xC3, fk, Dates.SwapInsensitive(dob));
            }

            if (year != 0 && f >= 0 && g >= 0)
            {
                ulong fp = v.Prefix[f], gp = v.Prefix[g];
                keys[3][i] = Hashing.Mix(0xD4, Math.Min(fp, gp), Math.Max(fp, gp), year);
            }

            if (year != 0 && fk != 0)
            {
                keys[4][i] = Hashing.Mix(0xE5, fk, year);
            }
        }

        return keys;
    }

    /// <summary>
    /// Whether key <paramref name="k"/> is the first key under which the pair is compared, so each
    /// pair is compared once however many keys it shares.
    /// </summary>
    public static bool IsFirstShared(int k, ulong[][] left, ulong[][] right, int l, int r, int leftDob, int rightDob)
    {
        var yearsCompatible = Dates.YearsCompatible(leftDob, rightDob);
        for (var j = 0; j < k; j++)
        {
            var key = left[j][l];
            if (key != 0 && key == right[j][r] && (j != Names || yearsCompatible))
            {
                return false;
            }
        }

        return k switch
        {
            Names => yearsCompatible,
            FamilyYear => Dates.Day(leftDob) == 0 || Dates.Day(rightDob) == 0,
            _ => true,
        };
    }
}
