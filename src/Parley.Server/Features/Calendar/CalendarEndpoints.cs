using Ical.Net.Serialization;
using Parley.Server.Auth;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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

    private static async Task<IResult> ReadAsync(HttpContext context, ITalksReader reader, CancellationToken cancellationToken)
    {
        var calendar = await TalksCalendar.BuildAsync(reader, context.ToViewer(), cancellationToken);
        var text = new CalendarSerializer().SerializeToString(calendar) ?? "";
        return TypedResults.Text(text, "text/calendar; charset=utf-8");
    }
}
