using System.Globalization;
using Parley.Linkage.Normalisation;

namespace Parley.Linkage.Search;

/// <summary>
/// Splits text into search terms that match across scripts and transliterations: each word (letters and digits)
/// is lower-cased and passed through the linkage engine's <see cref="NameNormaliser.Romanise(string)"/>, so
/// "Зеленський", "Зеленский", "Zelenskyy" and "Zelensky" all give the same term. Numbers stay as written.
/// </summary>
public static class SearchTokens
{
    /// <summary>Longest word indexed; longer runs (hashes, URLs) are cut, not dropped.</summary>
    public const int MaxWord = 40;

    /// <summary>The index terms of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string? text)
    {
        List<string> terms = [];
        if (string.IsNullOrEmpty(text))
        {
            return terms;
        }
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '\'' or '’' or 'ʼ');
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                Add(terms, text.AsSpan(start, Math.Min(i - start, MaxWord)));
                start = -1;
            }
        }
        return terms;
    }

    private static void Add(List<string> terms, ReadOnlySpan<char> word)
    {
        var hasLetter = false;
        foreach (var c in word)
        {
            hasLetter |= char.IsLetter(c);
        }
        var term = hasLetter ? NameNormaliser.Romanise(word.ToString()) : word.ToString().ToLower(CultureInfo.InvariantCulture);
        if (term.Length > 0)
        {
            terms.Add(term);
        }
    }
}
