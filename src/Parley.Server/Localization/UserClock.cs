namespace Parley.Server.Localization;

/// <summary>
/// The reader's time zone for showing UTC times. The browser reports its IANA zone in a cookie
/// (wwwroot/parley.js); until it has, and for any zone the server does not know, times show in UTC.
/// </summary>
internal sealed class UserClock(IHttpContextAccessor accessor, TimeProvider time)
{
    public const string CookieName = "parley_tz";

    private TimeZoneInfo? _zone;

    public TimeZoneInfo Zone => _zone ??= Resolve(accessor.HttpContext?.Request.Cookies[CookieName]);

    public DateTimeOffset Now => TimeZoneInfo.ConvertTime(time.GetUtcNow(), Zone);

    public DateTimeOffset ToLocal(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    public DateTimeOffset ToLocal(DateTime utc) =>
        ToLocal(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));

    private static TimeZoneInfo Resolve(string? id) =>
        !string.IsNullOrWhiteSpace(id) && id.Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            ? zone
            : TimeZoneInfo.Utc;
}
