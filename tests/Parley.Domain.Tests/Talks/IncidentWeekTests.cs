using Parley.Domain.Talks;

namespace Parley.Domain.Tests.Talks;

public sealed class IncidentWeekTests
{
    [Fact]
    public void PerWeek_counts_by_iso_week_and_fills_empty_weeks()
    {
        DateOnly[] dates = [new(2025, 7, 4), new(2025, 7, 9), new(2025, 7, 10), new(2025, 7, 31)];
        var weeks = IncidentWeek.PerWeek(dates);
        Assert.Equal([1, 2, 0, 0, 1], weeks.Select(w => w.Count));
        Assert.Equal(new DateOnly(2025, 6, 30), weeks[0].Monday);
        Assert.Equal(27, weeks[0].Week);
        Assert.Equal(31, weeks[^1].Week);
    }

    [Fact]
    public void MondayOf_sunday_belongs_to_the_week_before() =>
        Assert.Equal(new DateOnly(2025, 7, 14), IncidentWeek.MondayOf(new DateOnly(2025, 7, 20)));

    [Fact]
    public void PerWeek_no_incidents_no_weeks() => Assert.Empty(IncidentWeek.PerWeek([]));
}
