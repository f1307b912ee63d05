using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Application.History;
using Parley.Server.Api;
using Parley.Server.Auth;

namespace Parley.Server.Features.History;

/// <summary><c>GET /api/history/{id}</c>: who changed a talks record, what and when, as far as the caller may see.</summary>
public static class HistoryEndpoints
{
    public static RouteGroupBuilder MapHistory(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/history").WithTags("History");
        group.MapGet("/{id:guid}", ReadAsync).WithName("RecordHistory")
            .WithSummary("The versions of a record the caller may see, newest first, each with the fields it changed; staff names only for mediators and administrators (and a party's members for their own party's changes).");
        return group;
    }

    private static async Task<Results<Ok<RecordHistory>, ValidationProblem, ProblemHttpResult>> ReadAsync(HttpContext http, ReadHistory history, Guid id, CancellationToken cancellationToken) =>
        (await history.RunAsync(http.ToViewer(), id, cancellationToken)).ToHttp(TypedResults.Ok);
}
