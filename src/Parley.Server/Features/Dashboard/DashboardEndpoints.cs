using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Talks;

namespace Parley.Server.Features.Dashboard;

public static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dashboard").WithTags("Dashboard");
        group.MapGet("/", ReadAsync).WithName("Dashboard").Produces<Application.Talks.Dashboard>()
            .WithSummary("Next deadlines (days left or expired), latest round, open summit proposals, latest incidents and statements, incidents per week, disputed figures.");
        return group;
    }

    private static async Task<IResult> ReadAsync(HttpContext context, ITalksReader reader, CachedJson json, TimeProvider clock, DateOnly? today)
    {
        var viewer = context.ToViewer();
        var day = today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return await json.GetAsync($"dashboard|{viewer.ScopeKey}|{day:yyyy-MM-dd}", () => reader.DashboardAsync(viewer, day, CancellationToken.None));
    }
}
