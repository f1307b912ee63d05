namespace Parley.Domain.Humanitarian;

/// <summary>
/// Derives a listed person's priority groups from what the list says: the health column for the
/// seriously wounded and sick (in English, Ukrainian or Russian), the date of birth for minors, and
/// the date of capture for those held longer than <see cref="LongHeldAfter"/>.
/// </summary>
public static class PriorityRules
{
    public static readonly TimeSpan LongHeldAfter = TimeSpan.FromDays(730);

    private static readonly string[] WoundedOrSick =
    [
        "wound", "sick", "injur", "illness", "disab", "amput",
        "поранен", "хвор", "травм", "інвалід", "ампут",
        "ранен", "болезн", "болен", "инвалид",
    ];

    public static PriorityGroups From(string? health, int? birthYear, int? birthMonth, int? birthDay, DateOnly? capturedOn, DateOnly today)
    {
        var groups = PriorityGroups.None;
        if (health is not null && WoundedOrSick.Any(w => health.Contains(w, StringComparison.OrdinalIgnoreCase)))
            groups |= PriorityGroups.SeriouslyWoundedOrSick;
        if (birthYear is { } year && IsMinor(year, birthMonth ?? 1, birthDay ?? 1, today))
            groups |= PriorityGroups.Minor;
        if (capturedOn is { } captured && today.DayNumber - captured.DayNumber >= LongHeldAfter.Days)
            groups |= PriorityGroups.LongHeld;
        return groups;
    }

    // With only a year or month known, the earliest possible birthday decides: a person counts as a
    // minor only if they certainly are one.
    private static bool IsMinor(int year, int month, int day, DateOnly today)
    {
        var birth = new DateOnly(year, Math.Clamp(month, 1, 12), 1);
        birth = birth.AddDays(Math.Clamp(day, 1, DateTime.DaysInMonth(birth.Year, birth.Month)) - 1);
        return birth.AddYears(18) > today;
    }
}
