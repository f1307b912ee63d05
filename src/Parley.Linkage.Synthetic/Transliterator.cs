using System.Text;

namespace Parley.Linkage.Synthetic;

/// <summary>Writes Ukrainian or Russian Cyrillic names in one of the common Latin romanisations.</summary>
public static partial class Transliterator
{
    /// <summary>Romanises <paramref name="cyrillic"/>; <paramref name="ukrainian"/> selects the letter values of и/г.</summary>
    public static string Romanise(string cyrillic, TransliterationSystem system, bool ukrainian, Random? random = null)
    {
        ArgumentNullException.ThrowIfNull(cyrillic);
        var sb = new StringBuilder(cyrillic.Length * 2);
        var lower = cyrillic.ToLowerInvariant();
        for (var i = 0; i < lower.Length; i++)
        {
            var c = lower[i];
            var initial = i == 0 || !char.IsLetter(lower[i - 1]);
            var previous = i == 0 ? ' ' : lower[i - 1];
            var next = i + 1 < lower.Length ? lower[i + 1] : ' ';
            if (system == TransliterationSystem.UkrainianNational2010 && c == 'з' && next == 'г')
            {
                sb.Append("zgh");
                i++;
                continue;
            }

            if (system == TransliterationSystem.Informal && c == 'к' && next == 'с')
            {
                sb.Append('x');
                i++;
                continue;
            }

            if (system == TransliterationSystem.Informal && (c is 'и' or 'ы' or 'і') && next == 'й' && i + 2 == lower.Length)
            {
                sb.Append(ukrainian && c == 'і' ? "iy" : "y");
                i++;
                continue;
            }

            sb.Append(Letter(c, system, ukrainian, initial, previous, next, random));
        }

        return TitleCase(sb.ToString());
    }

    private static string Letter(char c, TransliterationSystem system, bool ukrainian, bool initial, char previous, char next, Random? random)
    {
        var afterVowel = "аеёиоуыэюяіїєъь'".Contains(previous, StringComparison.Ordinal) || initial;
        if (system >= TransliterationSystem.Polish)
        {
            return Western(c, system, ukrainian, initial, afterVowel) ?? Letter(c, TransliterationSystem.Icao9303, ukrainian, initial, previous, next, random);
        }

        return (system, c) switch
        {
            (_, 'а') => "a",
            (_, 'б') => "b",
            (_, 'в') => "v",
            (TransliterationSystem.UkrainianNational2010, 'г') => "h",
            (TransliterationSystem.Informal, 'г') => ukrainian ? "h" : "g",
            (TransliterationSystem.Gost779B, 'ґ') => "g`",
            (_, 'г' or 'ґ') => "g",
            (_, 'д') => "d",
            (TransliterationSystem.BgnPcgn, 'е') => afterVowel ? "ye" : "e",
            (TransliterationSystem.Gost779B, 'ё') => "yo",
            (TransliterationSystem.Informal, 'ё') => afterVowel ? "yo" : "io",
            (TransliterationSystem.BgnPcgn, 'ё') => afterVowel ? "ye" : "e",
            (_, 'е' or 'ё') => "e",
            (TransliterationSystem.UkrainianNational2010 or TransliterationSystem.Gost779B or TransliterationSystem.Informal, 'є') => initial || system != TransliterationSystem.UkrainianNational2010 ? "ye" : "ie",
            (_, 'є') => "ie",
            (_, 'ж') => "zh",
            (_, 'з') => "z",
            (TransliterationSystem.Gost779B, 'и') => ukrainian ? "y`" : "i",
            (_, 'и') => ukrainian ? "y" : "i",
            (_, 'і') => "i",
            (TransliterationSystem.UkrainianNational2010, 'ї') => initial ? "yi" : "i",
            (TransliterationSystem.Gost779B or TransliterationSystem.Informal, 'ї') => "yi",
            (_, 'ї') => "i",
            (TransliterationSystem.UkrainianNational2010, 'й') => initial ? "y" : "i",
            (TransliterationSystem.Icao9303, 'й') => "i",
            (TransliterationSystem.Gost779B, 'й') => "j",
            (_, 'й') => "y",
            (_, 'к') => "k",
            (_, 'л') => "l",
            (_, 'м') => "m",
            (_, 'н') => "n",
            (_, 'о') => "o",
            (_, 'п') => "p",
            (_, 'р') => "r",
            (_, 'с') => "s",
            (_, 'т') => "t",
            (_, 'у') => "u",
            (_, 'ф') => "f",
            (TransliterationSystem.Gost779B, 'х') => "x",
            (TransliterationSystem.Informal, 'х') => random is not null && random.Next(3) == 0 ? "h" : "kh",
            (_, 'х') => "kh",
            (TransliterationSystem.Gost779B, 'ц') => "eiyj".Contains(Simple(next), StringComparison.Ordinal) ? "cz" : "c",
            (_, 'ц') => "ts",
            (_, 'ч') => "ch",
            (_, 'ш') => "sh",
            (TransliterationSystem.Gost779B, 'щ') => "shh",
            (TransliterationSystem.Informal, 'щ') => random is not null && random.Next(2) == 0 ? "sch" : "shch",
            (_, 'щ') => "shch",
            (TransliterationSystem.Icao9303, 'ъ') => "ie",
            (TransliterationSystem.BgnPcgn, 'ъ') => "\"",
            (TransliterationSystem.Gost779B, 'ъ') => "``",
            (_, 'ъ') => string.Empty,
            (TransliterationSystem.Gost779B, 'ы') => "y'",
            (_, 'ы') => "y",
            (TransliterationSystem.BgnPcgn, 'ь') => "'",
            (TransliterationSystem.Gost779B, 'ь') => "`",
            (_, 'ь') => string.Empty,
            (TransliterationSystem.Gost779B, 'э') => "e`",
            (_, 'э') => "e",
            (TransliterationSystem.UkrainianNational2010, 'ю') => initial ? "yu" : "iu",
            (TransliterationSystem.Icao9303, 'ю') => "iu",
            (_, 'ю') => "yu",
            (TransliterationSystem.UkrainianNational2010, 'я') => initial ? "ya" : "ia",
            (TransliterationSystem.Icao9303, 'я') => "ia",
            (_, 'я') => "ya",
            (_, '\'' or 'ʼ' or '’') => string.Empty,
            (_, '-') => "-",
            _ => string.Empty,
        };
    }

    private static char Simple(char next) => next switch
    {
        'е' or 'є' or 'э' => 'e',
        'и' or 'і' or 'ї' => 'i',
        'ы' => 'y',
        'й' => 'j',
        _ => ' ',
    };

    private static string TitleCase(string s)
    {
        if (s.Length == 0)
        {
            return s;
        }

        var chars = s.ToCharArray();
        var start = true;
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsLetter(chars[i]))
            {
                chars[i] = start ? char.ToUpperInvariant(chars[i]) : chars[i];
                start = false;
            }
            else if (chars[i] == '-')
            {
                start = true;
            }
        }

        return new string(chars);
    }
}
