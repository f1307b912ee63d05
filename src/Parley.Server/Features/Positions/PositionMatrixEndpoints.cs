using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Server.Auth;
using Parley.Application.Talks;

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
