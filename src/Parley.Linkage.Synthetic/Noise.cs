namespace Parley.Linkage.Synthetic;

/// <summary>The errors clerks make: one-letter typos and imperfect dates of birth.</summary>
internal static class Noise
{
    private const string CyrillicLetters = "абвгдежзийклмнопрстуфхцчшщыьэюяіїє";
    private const string LatinLetters = "abcdefghijklmnopqrstuvwxyz";

    public static string MaybeTypo(string s, double rate, Random random)
    {
        if (s.Length < 3 || random.NextDouble() >= rate)
        {
            return s;
        }

        var chars = s.ToList();
        var at = 1 + random.Next(chars.Count - 1);
        var alphabet = chars.Any(c => c is >= 'А' and <= 'я' || c is 'і' or 'ї' or 'є') ? CyrillicLetters : LatinLetters;
        var letter = alphabet[random.Next(alphabet.Length)];
        letter = char.IsUpper(chars[at]) ? char.ToUpperInvariant(letter) : letter;
        switch (random.Next(4))
        {
            case 0:
                chars[at] = letter;
                break;
            case 1:
                chars.RemoveAt(at);
                break;
            case 2:
                chars.Insert(at, letter);
                break;
            default:
                if (at + 1 < chars.Count)
                {
                    (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                }
                else
                {
                    chars[at] = letter;
                }

                break;
        }

        return new string([.. chars]);
    }

    public static PartialDate DateOfBirth(DateOnly truth, double rate, Random random)
    {
        if (random.NextDouble() >= rate)
        {
            return PartialDate.FromDate(truth);
        }

        var kind = random.NextDouble();
        return kind switch
        {
            < 0.12 => PartialDate.None,
            < 0.40 => PartialDate.FromYear(truth.Year),
            < 0.50 => PartialDate.FromYearMonth(truth.Year, truth.Month),
            < 0.70 when truth.Day <= 12 && truth.Day != truth.Month => PartialDate.Create(truth.Year, truth.Day, truth.Month),
            < 0.85 => PartialDate.FromDate(truth.AddYears(random.Next(2) == 0 ? -1 : 1)),
            _ => PartialDate.FromDate(truth.AddDays(random.Next(2) == 0 ? -1 : 1)),
        };
    }

    /// <summary>A typing slip in a full date: the year's last two digits transposed, or one digit of day or month wrong.</summary>
    public static PartialDate DateTypo(PartialDate date, Random random)
    {
        int year = date.Year, month = date.Month, day = date.Day;
        switch (random.Next(3))
        {
            case 0:
                var swapped = (year / 100 * 100) + (year % 10 * 10) + (year / 10 % 10);
                year = swapped is >= 1900 and <= 2025 ? swapped : year + 10;
                break;
            case 1:
                month = (month % 12) + 1;
                break;
            default:
                day = day < 10 ? day + 10 : day - 10 + (day % 10 == 0 ? 1 : 0);
                break;
        }

        day = Math.Min(day, DateTime.DaysInMonth(year, month));
        return PartialDate.Create(year, month, day);
    }
}
