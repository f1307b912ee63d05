using Ical.Net.Serialization;
using Parley.Server.Auth;
using Parley.Application.Talks;

namespace Parley.Server.Features.Calendar;

public static class CalendarEndpoints
{
    public static IEndpointRouteBuilder MapCalendar(this IEndpointRouteBuilder app)
    {
        app.MapGet("/calendar.ics", ReadAsync).WithTags("Calendar").WithName("Calendar")
            .WithSummary("iCalendar (RFC 5545) feed of deadlines, rounds and summit windows, for calendar subscriptions.")
            .Produces(StatusCodes.Status200OK, contentType: "text/calendar");
        return app;
    }

    private static async Task<IResult> ReadAsync(HttpContext context, ITalksReader reader, TimeProvider clock, CancellationToken cancellationToken)
    {
        var calendar = await TalksCalendar.BuildAsync(reader, context.ToViewer(), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.Text(text, "text/calendar; charset=utf-8");
    }
}
