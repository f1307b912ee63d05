using System.Text;

namespace Parley.Linkage.Synthetic;

/// <summary>
/// How a clerk writing in one language renders a surname from the other: letter by letter, with the
/// usual variation (Лисенко → Лысенко or Лисенко, Олійник → Олейник, Иванов → Іванов).
/// </summary>
internal static class CrossLanguage
{
    public static string UkrainianToRussian(string ua, Random random)
    {
        var s = ua;
        if (random.Next(2) == 0)
        {
            s = s.Replace("ій", "ей", StringComparison.Ordinal);
        }

        s = s.Replace("ський", "ский", StringComparison.Ordinal).Replace("цький", "цкий", StringComparison.Ordinal);
        var yery = random.Next(2) == 0;
        var sb = new StringBuilder(s.Length + 2);
        foreach (var c in s)
        {
            sb.Append(c switch
            {
                'і' => "и",
                'І' => "И",
                'и' => yery ? "ы" : "и",
                'ї' => "и",
                'є' => "е",
                'Є' => "Е",
                'ґ' => "г",
                'Ґ' => "Г",
                '\'' or 'ʼ' or '’' => "ь",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    public static string RussianToUkrainian(string ru)
    {
        var sb = new StringBuilder(ru.Length + 2);
        for (var i = 0; i < ru.Length; i++)
        {
            var c = ru[i];
            sb.Append(c switch
            {
                'и' => "і",
                'И' => "І",
                'ы' => "и",
                'э' => "е",
                'Э' => "Е",
                'ё' => "ьо",
                'ъ' => "'",
                'е' when i > 0 && "аеиоуяюэ".Contains(ru[i - 1], StringComparison.Ordinal) => "є",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    /// <summary>The feminine form of a surname: -ов/-ев/-ин → -ова, -ський → -ська, -ий → -а; -енко and -ук stay.</summary>
    public static string Feminine(string surname, bool ukrainian)
    {
        if (surname.EndsWith("ський", StringComparison.Ordinal) || surname.EndsWith("цький", StringComparison.Ordinal))
        {
            return surname[..^2] + "а";
        }

        if (surname.EndsWith("ский", StringComparison.Ordinal) || surname.EndsWith("цкий", StringComparison.Ordinal))
        {
            return surname[..^2] + "ая";
        }

        if (surname.EndsWith("ий", StringComparison.Ordinal) || surname.EndsWith("ій", StringComparison.Ordinal))
        {
            return surname[..^2] + (ukrainian ? "а" : "ая");
        }

        if (surname.EndsWith("ов", StringComparison.Ordinal) || surname.EndsWith("ев", StringComparison.Ordinal)
            || surname.EndsWith("ёв", StringComparison.Ordinal) || surname.EndsWith("єв", StringComparison.Ordinal)
            || surname.EndsWith("ин", StringComparison.Ordinal) || surname.EndsWith("ін", StringComparison.Ordinal)
            || surname.EndsWith("ьов", StringComparison.Ordinal) || surname.EndsWith("йов", StringComparison.Ordinal))
        {
            return surname + "а";
        }

        return surname;
    }
}
