using System.Text;
using System.Text.RegularExpressions;

namespace Parley.Linkage.Compare;

/// <summary>
/// The baselines' name normalisation, as a competent engineer would write it without Parley's
/// engine: PostgreSQL's <c>unaccent</c>, lower case, Cyrillic → Latin by ICAO 9303 (the passport
/// romanisation), anything but a–z dropped. The SQL function and the C# port (for Lucene) are
/// generated from the same table and the same unaccent rules file, and checked to agree at run time.
/// </summary>
internal static partial class Latin
{
    private const string RulesPath = "/usr/share/postgresql/15/tsearch_data/unaccent.rules";

    /// <summary>Cyrillic letter (lower case) → ICAO 9303 Latin; upper case is derived.</summary>
    private static readonly (char Cyrillic, string Latin)[] Icao =
    [
        ('а', "a"), ('б', "b"), ('в', "v"), ('г', "g"), ('ґ', "g"), ('д', "d"), ('е', "e"), ('є', "ie"),
        ('ё', "e"), ('ж', "zh"), ('з', "z"), ('и', "i"), ('і', "i"), ('ї', "i"), ('й', "i"), ('к', "k"),
        ('л', "l"), ('м', "m"), ('н', "n"), ('о', "o"), ('п', "p"), ('р', "r"), ('с', "s"), ('т', "t"),
        ('у', "u"), ('ф', "f"), ('х', "kh"), ('ц', "ts"), ('ч', "ch"), ('ш', "sh"), ('щ', "shch"),
        ('ъ', "ie"), ('ы', "y"), ('ь', ""), ('э', "e"), ('ю', "iu"), ('я', "ia"),
    ];

    private static readonly Lazy<Dictionary<char, string>> Unaccent = new(LoadUnaccentRules);

    /// <summary>The SQL function <c>latin(text)</c>, built from the same table as <see cref="Normalise"/>.</summary>
    public static string SqlFunction()
    {
        var expression = "lower(unaccent('unaccent'::regdictionary, s))";
        var singles = new StringBuilder();
        var singleTargets = new StringBuilder();
        foreach (var (cyrillic, latin) in Icao)
        {
            foreach (var c in new[] { cyrillic, char.ToUpperInvariant(cyrillic) })
            {
                if (latin.Length == 1)
                {
                    singles.Append(c);
                    singleTargets.Append(latin);
                }
                else
                {
                    expression = $"replace({expression}, '{c}', '{latin}')";
                }
            }
        }

        expression = $"translate({expression}, '{singles}', '{singleTargets}')";
        return $"""
            CREATE FUNCTION latin(s text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $f$
              SELECT btrim(regexp_replace({expression}, '[^a-z]+', ' ', 'g'))
            $f$;
            """;
    }

    /// <summary>The C# port of <c>latin(text)</c>.</summary>
    public static string Normalise(string s)
    {
        var rules = Unaccent.Value;
        var sb = new StringBuilder(s.Length + 8);
        foreach (var c in s)
        {
            sb.Append(rules.TryGetValue(c, out var plain) ? plain : c.ToString());
        }

        var lower = sb.ToString().ToLowerInvariant();
        sb.Clear();
        foreach (var c in lower)
        {
            var mapped = Map(c);
            sb.Append(mapped ?? c.ToString());
        }

        return NonLetters().Replace(sb.ToString(), " ").Trim(' ');
    }

    private static string? Map(char c)
    {
        foreach (var (cyrillic, latin) in Icao)
        {
            if (c == cyrillic)
            {
                return latin;
            }
        }

        return null;
    }

    private static Dictionary<char, string> LoadUnaccentRules()
    {
        var rules = new Dictionary<char, string>();
        if (!File.Exists(RulesPath))
        {
            throw new FileNotFoundException("PostgreSQL's unaccent rules (postgresql-contrib) are needed for the baselines.", RulesPath);
        }

        foreach (var line in File.ReadLines(RulesPath))
        {
            var parts = line.Split('\t');
            if (parts[0].Length == 1)
            {
                rules[parts[0][0]] = parts.Length > 1 ? parts[1].Trim('"') : "";
            }
        }

        return rules;
    }

    [GeneratedRegex("[^a-z]+")]
    private static partial Regex NonLetters();
}
