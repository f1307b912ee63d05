using Microsoft.AspNetCore.Http.HttpResults;
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

namespace Parley.Server.Features.Positions;

public static class PositionMatrixEndpoints
{
    public static RouteGroupBuilder MapPositions(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/matrix").WithTags("Positions");
        group.MapGet("/", ReadAsync).WithName("PositionMatrix")
            .WithSummary("Parties × issues: each party's latest position as of a date, and whether they are aligned, apart or diametrically opposed.");
        return group;
    }

    private static async Task<Ok<PositionMatrixDto>> ReadAsync(HttpContext context, ITalksReader reader, TimeProvider clock, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var matrix = await reader.PositionMatrixAsync(context.ToViewer(), asOf ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        return TypedResults.Ok(PositionMatrixDto.From(matrix));
    }
}
