using System.Buffers;
using System.Text;

namespace Parley.Linkage.Normalisation;

/// <summary>
/// Transliteration-insensitive representation of personal names. A name written in Ukrainian or
/// Russian Cyrillic, or in any common romanisation of either (Ukrainian national 2010, ICAO 9303,
/// BGN/PCGN, GOST 7.79, informal English), is mapped to one lower-case "romanised" form in which
/// the letters those systems disagree on fall into one class: и/і/ы/й/y/i/j → i, г/ґ/х/h/kh/g → g,
/// ж/zh/ž → ž, ш/sh/š → š, ч/ch/č → č, щ/shch/shh/ŝ → šč, ц/ts/tz/cz/c → c, ь/ъ/apostrophes vanish,
/// є/ye/je/ie → e, я/ya/ja → ia, ю/yu/ju → iu, x → ks, w → v, doubled letters are single.
/// The <see cref="Skeleton(string)"/> then keeps only the consonant classes, in the spirit of the
/// Daitch–Mokotoff and Beider–Morse phonetic keys (vowels are where UA and RU forms and
/// romanisations differ most: Oleksandr/Aleksandr/Alexander all give <c>lksndr</c>).
/// </summary>
public static partial class NameNormaliser
{
    private const int StackLimit = 256;

    /// <summary>The romanised, transliteration-insensitive form of a name (lower case, no separators).</summary>
    public static string Romanise(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length > 4 * StackLimit)
        {
            name = name[..(4 * StackLimit)];
        }

        Span<char> buffer = stackalloc char[4 * StackLimit];
        var length = Romanise(name, buffer);
        return new string(buffer[..length]);
    }

    /// <summary>The consonant skeleton of a name: its romanised form without vowels, doubled classes collapsed.</summary>
    public static string Skeleton(string name)
    {
        var romanised = Romanise(name);
        Span<char> buffer = stackalloc char[romanised.Length];
        var length = Skeleton(romanised, buffer);
        return new string(buffer[..length]);
    }

    internal static int Skeleton(ReadOnlySpan<char> romanised, Span<char> destination)
    {
        var n = 0;
        foreach (var c in romanised)
        {
            if (IsVowel(c) || (n > 0 && destination[n - 1] == c))
            {
                continue;
            }

            destination[n++] = c;
        }

        return n;
    }

    internal static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>Writes the romanised form into <paramref name="destination"/> (at least 4× the input long) and returns its length.</summary>
    internal static int Romanise(ReadOnlySpan<char> name, Span<char> destination)
    {
        var normalised = name;
        string? composed = null;
        if (!name.IsNormalized(NormalizationForm.FormKC))
        {
            composed = name.ToString().Normalize(NormalizationForm.FormKC);
            normalised = composed.Length <= destination.Length / 4 ? composed : composed.AsSpan(0, destination.Length / 4);
        }

        char[]? rented = null;
        var letters = normalised.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(normalised.Length * 3));
        try
        {
            var cyrillic = IsMostlyCyrillic(normalised);
            var count = cyrillic ? MapCyrillic(normalised, letters) : MapLatin(normalised, letters);
            return Finish(letters[..count], destination);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    private static bool IsMostlyCyrillic(ReadOnlySpan<char> s)
    {
        int cyr = 0, lat = 0;
        foreach (var c in s)
        {
            if (c is >= '\u0400' and <= '\u04FF')
            {
                cyr++;
            }
            else if (char.IsLetter(c))
            {
                lat++;
            }
        }

        return cyr > lat;
    }

    /// <summary>Collapses doubled letters and the <c>ie</c> spelling of є/ye/je, which systems write either way.</summary>
    private static int Finish(ReadOnlySpan<char> letters, Span<char> destination)
    {
        var n = 0;
        foreach (var c in letters)
        {
            if (n > 0 && destination[n - 1] == c)
            {
                continue;
            }

            if (c == 'e' && n > 0 && destination[n - 1] == 'i')
            {
                destination[n - 1] = 'e';
                continue;
            }

            destination[n++] = c;
        }

        return n;
    }
}
