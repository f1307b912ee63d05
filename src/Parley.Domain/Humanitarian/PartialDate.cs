using System.Globalization;

namespace Parley.Domain.Humanitarian;

/// <summary>
/// A date that may be known only to the year or month, as person lists give dates of birth
/// (<c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c>, <c>DD.MM.YYYY</c> or empty). Unknown parts are 0.
/// The one form the list reader, the linkage engine and the registry share (issue 13).
/// </summary>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    /// <summary>No date at all.</summary>
    public static PartialDate None => default;

    /// <summary>A date known to the year.</summary>
    public static PartialDate FromYear(int year) => Create(year, 0, 0);

    /// <summary>A date known to the month.</summary>
    public static PartialDate FromYearMonth(int year, int month) => Create(year, month, 0);

    /// <summary>A full date.</summary>
    public static PartialDate FromDate(DateOnly date) => Create(date.Year, date.Month, date.Day);

    /// <summary>Builds a date from its parts (zero month or day: unknown); throws on a date <see cref="TryParse"/> would refuse.</summary>
    public static PartialDate Create(int year, int month, int day)
    {
        if (year is < 1 or > 9999 || month is < 0 or > 12 || day < 0 || (month == 0 && day != 0)
            || (day > 0 && day > DateTime.DaysInMonth(year, month)))
        {
            throw new ArgumentOutOfRangeException(nameof(year), $"{year:D4}-{month:D2}-{day:D2} is not a valid date.");
        }

        return new PartialDate(year, month, day);
    }

    /// <summary>How much of the date is known.</summary>
    public DatePrecision Precision =>
        Year == 0 ? DatePrecision.None : Month == 0 ? DatePrecision.Year : Day == 0 ? DatePrecision.Month : DatePrecision.Day;

    /// <summary>Parses one of the contract's forms; empty text is <see cref="None"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out PartialDate date)
    {
        date = default;
        text = text.Trim();
        if (text.IsEmpty)
        {
            return true;
        }

        int year, month = 0, day = 0;
        switch (text.Length)
        {
            case 4 when Digits(text, out year):
                break;
            case 7 when text[4] == '-' && Digits(text[..4], out year) && Digits(text[5..], out month):
                break;
            case 10 when text[4] == '-' && text[7] == '-'
                && Digits(text[..4], out year) && Digits(text[5..7], out month) && Digits(text[8..], out day):
                break;
            case 10 when text[2] == '.' && text[5] == '.'
                && Digits(text[..2], out day) && Digits(text[3..5], out month) && Digits(text[6..], out year):
                break;
            default:
                return false;
        }

        if (year < 1
            || (text.Length >= 7 && month is < 1 or > 12)
            || (text.Length == 10 && (day < 1 || day > DateTime.DaysInMonth(year, month))))
        {
            return false;
        }

        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>The canonical form: <c>YYYY-MM-DD</c>, <c>YYYY-MM</c>, <c>YYYY</c> or empty.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.None => "",
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };

    private static bool Digits(ReadOnlySpan<char> s, out int value)
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
}
