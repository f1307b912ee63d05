namespace Parley.Server.Components.Pages.Deadlines;

/// <summary>
/// The instant a deadline stated as a day passes: the end of that day, UTC. Ultimatums name days, not hours,
/// and no party's clock is preferred over another's.
/// </summary>
internal static class DeadlineMoment
{
    public static DateTimeOffset Of(DateOnly dueOn) =>
        new(dueOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
