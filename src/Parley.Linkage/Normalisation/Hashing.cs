namespace Parley.Linkage.Normalisation;

/// <summary>64-bit hashing for blocking keys (FNV-1a over chars, SplitMix64 finaliser to combine).</summary>
internal static class Hashing
{
    public static ulong Of(ReadOnlySpan<char> s)
    {
        var h = 14695981039346656037UL;
        foreach (var c in s)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        return Finalise(h) | 1;
    }

    public static ulong Mix(ulong a, ulong b) => Finalise(a * 0x9E3779B97F4A7C15UL ^ Finalise(b)) | 1;

    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(a, b), c), d);

    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
