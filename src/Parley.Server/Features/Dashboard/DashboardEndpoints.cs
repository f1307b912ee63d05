using Parley.Server.Api;
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
