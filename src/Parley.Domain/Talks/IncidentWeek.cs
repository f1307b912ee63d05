namespace Parley.Domain.Talks;

/// <summary>Incidents in one ISO 8601 week (Monday first), for the incidents-per-week chart.</summary>
public sealed record IncidentWeek(int Year, int Week, DateOnly Monday, int Count)
{
    /// <summary>Counts per ISO week, with empty weeks between the first and last filled in as zero.</summary>
    public static IReadOnlyList<IncidentWeek> PerWeek(IEnumerable<DateOnly> dates)
    {
        ArgumentNullException.ThrowIfNull(dates);
        var counts = dates.GroupBy(MondayOf).ToDictionary(g => g.Key, g => g.Count());
        if (counts.Count == 0)
        {
            return [];
        }
        var result = new List<IncidentWeek>();
        for (var monday = counts.Keys.Min(); monday <= counts.Keys.Max(); monday = monday.AddDays(7))
        {
            var at = monday.ToDateTime(TimeOnly.MinValue);
            result.Add(new IncidentWeek(System.Globalization.ISOWeek.GetYear(at), System.Globalization.ISOWeek.GetWeekOfYear(at), monday, counts.GetValueOrDefault(monday)));
        }
        return result;
    }

    public static DateOnly MondayOf(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
