using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Data.Reading;
using Parley.Server.Auth;

namespace Parley.Server.Features.Dashboard;

public static class DashboardEndpoints
{
    public static RouteGroupBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/dashboard").WithTags("Dashboard");
        group.MapGet("/", ReadAsync).WithName("Dashboard")
            .WithSummary("Next deadlines (days left or expired), latest round, open summit proposals, latest incidents and statements, incidents per week, disputed figures.");
        return group;
    }

    private static async Task<Ok<Data.Reading.Dashboard>> ReadAsync(HttpContext context, ITalksReader reader, TimeProvider clock, DateOnly? today, CancellationToken cancellationToken) =>
        TypedResults.Ok(await reader.DashboardAsync(context.ToViewer(), today ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken));
}
