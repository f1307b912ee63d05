namespace Parley.Linkage.Normalisation;

public static partial class NameNormaliser
{
    // Indexed by (c - 'а') for а..я, then the letters outside that range are handled by switch.
    private static readonly string[] s_basicCyrillic =
    [
        "a", "b", "v", "g", "d", "e", "ž", "z", "i", "i", "k", "l", "m", "n", "o", "p",
        "r", "s", "t", "u", "f", "g", "c", "č", "š", "šč", "", "i", "", "e", "iu", "ia",
    ];

    private static readonly string[] s_letters =
        [.. Enumerable.Range('a', 26).Select(c => ((char)c).ToString())];

    // Latin letters with diacritics fold to their base letter (é → e, ï → i, ë → e).
    private static readonly char[] s_accentFolds =
        [.. Enumerable.Range('à', 'ɏ' - 'à' + 1).Select(c => BaseLetter((char)c))];

    private static char BaseLetter(char c)
    {
        var decomposed = c.ToString().Normalize(System.Text.NormalizationForm.FormD);
        var first = char.ToLowerInvariant(decomposed[0]);
        return first is >= 'a' and <= 'z' ? first : '\0';
    }

    private static int MapCyrillic(ReadOnlySpan<char> s, Span<char> output)
    {
        var n = 0;
        foreach (var raw in s)
        {
            var c = char.ToLowerInvariant(raw);
            ReadOnlySpan<char> mapped = c switch
            {
                >= 'а' and <= 'я' => s_basicCyrillic[c - 'а'],
                'ё' => "e",
                'є' => "e",
                'і' => "i",
                'ї' => "i",
                'ґ' => "g",
                'ў' => "u",
                // Latin look-alikes typed inside Cyrillic words (a common data-entry slip).
                'a' => "a",
                'c' => "s",
                'e' => "e",
                'i' => "i",
                'o' => "o",
                'p' => "r",
                'x' => "g",
                'y' => "u",
                'k' => "k",
                'm' => "m",
                't' => "t",
                'b' => "v",
                'h' => "n",
                _ => ReadOnlySpan<char>.Empty,
            };
            mapped.CopyTo(output[n..]);
            n += mapped.Length;
        }

        return n;
    }

    private static int MapLatin(ReadOnlySpan<char> s, Span<char> output)
    {
        Span<char> plain = stackalloc char[Math.Min(s.Length * 3, 3 * StackLimit)];
        var m = 0;
        foreach (var raw in s)
        {
            if (m + 3 > plain.Length)
            {
                break;
            }

            var c = char.ToLowerInvariant(raw);
            ReadOnlySpan<char> folded = c switch
            {
                >= 'a' and <= 'z' => s_letters[c - 'a'],
                'š' or 'ș' or 'ş' => "š",
                'č' or 'ć' => "č",
                'ž' or 'ź' or 'ż' => "ž",
                'ŝ' => "šč",
                'ß' => "ss",
                >= 'à' and <= 'ɏ' => FoldAccent(c),
                // Cyrillic look-alikes inside Latin words.
                'а' => "a",
                'е' => "e",
                'о' => "o",
                'с' => "c",
                'і' => "i",
                'р' => "p",
                'х' => "x",
                'у' => "y",
                'к' => "k",
                'м' => "m",
                'т' => "t",
                _ => ReadOnlySpan<char>.Empty,
            };
            folded.CopyTo(plain[m..]);
            m += folded.Length;
        }

        return MapLatinDigraphs(plain[..m], output);
    }

    private static int MapLatinDigraphs(ReadOnlySpan<char> p, Span<char> output)
    {
        var n = 0;
        var i = 0;
        while (i < p.Length)
        {
            var rest = p[i..];
            string mapped;
            int used;
            if (rest.StartsWith("shch") || rest.StartsWith("tsch"))
            {
                (mapped, used) = rest[0] == 's' ? ("šč", 4) : ("č", 4);
            }
            else if (rest.StartsWith("shh") || rest.StartsWith("sch"))
            {
                (mapped, used) = ("šč", 3);
            }
            else if (rest.StartsWith("tch"))
            {
                (mapped, used) = ("č", 3);
            }
            else if (rest.Length >= 2 && Digraph(rest[0], rest[1]) is { Length: > 0 } d)
            {
                (mapped, used) = (d, 2);
            }
            else
            {
                (mapped, used) = (Single(rest[0]), 1);
            }

            mapped.CopyTo(output[n..]);
            n += mapped.Length;
            i += used;
        }

        return n;
    }

    private static string Digraph(char a, char b) => (a, b) switch
    {
        ('z', 'h') => "ž",
        ('k', 'h') => "g",
        ('c', 'h') => "č",
        ('s', 'h') => "š",
        ('t', 's') or ('t', 'z') or ('c', 'z') => "c",
        ('c', 'k') => "k",
        ('p', 'h') => "f",
        ('t', 'h') => "t",
        _ => string.Empty,
    };

    private static string Single(char c) => c switch
    {
        'h' => "g",
        'j' or 'y' => "i",
        'w' => "v",
        'q' => "k",
        'x' => "ks",
        >= 'a' and <= 'z' => s_letters[c - 'a'],
        _ => string.Empty,
    };

    private static ReadOnlySpan<char> FoldAccent(char c)
    {
        var folded = s_accentFolds[c - 'à'];
        return folded == '\0' ? ReadOnlySpan<char>.Empty : s_letters[folded - 'a'];
    }
}
