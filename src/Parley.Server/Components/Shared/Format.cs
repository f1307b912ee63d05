using System.Globalization;

namespace Parley.Server.Components.Shared;

/// <summary>Culture-aware formats used across pages, so a date reads the same everywhere.</summary>
internal static class Format
{
    public static string Date(DateTimeOffset value) => value.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string Date(DateOnly value) => value.ToString("d MMMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDate(DateOnly value) => value.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string ShortDay(DateOnly value) => value.ToString("d MMM", CultureInfo.CurrentCulture);

    public static string DateTime(DateTimeOffset value) =>
        value.ToString("d MMMM yyyy, HH:mm", CultureInfo.CurrentCulture) + " " + Offset(value.Offset);

    public static string Number(long value) => value.ToString("N0", CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    private static string Offset(TimeSpan offset) =>
        offset == TimeSpan.Zero ? "UTC" : "UTC" + (offset < TimeSpan.Zero ? "−" : "+") + offset.ToString(@"hh\:mm", CultureInfo.InvariantCulture);
}
