namespace Parley.Linkage;

/// <summary>Packed partial dates (year &lt;&lt; 9 | month &lt;&lt; 5 | day; zero parts unknown) and their agreement levels.</summary>
internal static class Dates
{
    public static int Pack(PartialDate d) => d.Precision == DatePrecision.None ? 0 : (d.Year << 9) | (d.Month << 5) | d.Day;

    public static int Year(int packed) => packed >> 9;

    public static int Month(int packed) => (packed >> 5) & 15;

    public static int Day(int packed) => packed & 31;

    /// <summary>Year, then month and day in ascending order: the same for a date and its day/month swap.</summary>
    public static ulong SwapInsensitive(int packed)
    {
        uint m = (uint)Month(packed), d = (uint)Day(packed), y = (uint)Year(packed);
        return (y << 16) | (Math.Min(m, d) << 8) | Math.Max(m, d);
    }

    /// <summary>Known only to the year or month.</summary>
    public static bool IsPartial(int packed) => packed != 0 && Day(packed) == 0;

    public static bool YearsCompatible(int a, int b) => a == 0 || b == 0 || Math.Abs(Year(a) - Year(b)) <= 1;

    /// <summary>The DOB comparison level (see <see cref="Scoring.Levels"/>).</summary>
    public static int Level(int a, int b)
    {
        if (a == 0 || b == 0)
        {
            return Scoring.Levels.DobMissing;
        }

        int ya = Year(a), yb = Year(b), ma = Month(a), mb = Month(b), da = Day(a), db = Day(b);
        var full = da != 0 && db != 0;
        if (full)
        {
            if (ya == yb && ma == mb && da == db)
            {
                return 0;
            }

            if (ya == yb && ma == db && da == mb)
            {
                return 1;
            }

            if (Math.Abs(ya - yb) == 1 && ma == mb && da == db)
            {
                return 2;
            }

            if (ya == yb && (ma == mb || da == db))
            {
                return 3;
            }
        }
        else if (ya == yb && (ma == 0 || mb == 0 || ma == mb))
        {
            return 4;
        }

        return Math.Abs(ya - yb) <= 1 ? 5 : 6;
    }
}
