using System.Globalization;

namespace Parley.Linkage;

/// <summary>
/// A date of birth that may be known only to the year or month, as lists often give it
/// (person-list contract: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, <c>DD.MM.YYYY</c> or empty).
/// Unknown parts are zero.
/// </summary>
public readonly record struct PartialDate
{
    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>No date of birth.</summary>
    public static PartialDate None => default;

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public DatePrecision Precision { get; }

    public static PartialDate FromYear(int year) => Create(year, 0, 0);

    public static PartialDate FromYearMonth(int year, int month) => Create(year, month, 0);

    public static PartialDate FromDate(DateOnly date) => Create(date.Year, date.Month, date.Day);

    /// <summary>Builds a date from its parts; zero month or day means unknown. Throws on an impossible date.</summary>
    public static PartialDate Create(int year, int month, int day)
    {
        if (!TryCreate(year, month, day, out var date))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year:D4}-{month:D2}-{day:D2} is not a valid date of birth.");
        }

        return date;
    }

    private static bool TryCreate(int year, int month, int day, out PartialDate date)
    {
        date = default;
        if (year is < 1800 or > 2200 || month is < 0 or > 12 || day < 0 || (month == 0 && day != 0))
        {
            return false;
        }

        if (day > 0 && day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var precision = day > 0 ? DatePrecision.Day : month > 0 ? DatePrecision.Month : DatePrecision.Year;
        date = new PartialDate(year, month, day, precision);
        return true;
    }

    /// <summary>
    /// Parses the contract's forms; an empty or blank value yields <see cref="None"/>.
    /// Returns false for anything else (including impossible dates such as 31.02.1990).
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return true;
        }

        if (text.Length == 10 && text[2] == '.' && text[5] == '.')
        {
            return TryDigits(text[6..10], out var y) && TryDigits(text[3..5], out var m)
                && TryDigits(text[..2], out var d) && m > 0 && d > 0 && TryCreate(y, m, d, out date);
        }

        if (text.Length is 4 or 7 or 10 && TryDigits(text[..4], out var year))
        {
            if (text.Length == 4)
            {
                return TryCreate(year, 0, 0, out date);
            }

            if (text[4] != '-' || !TryDigits(text[5..7], out var month) || month == 0)
            {
                return false;
            }

            if (text.Length == 7)
            {
                return TryCreate(year, month, 0, out date);
            }

            return text[7] == '-' && TryDigits(text[8..10], out var day) && day > 0 && TryCreate(year, month, day, out date);
        }

        return false;
    }

    private static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    /// <summary>The contract's ISO-like form: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or empty.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        _ => string.Empty,
    };
}
