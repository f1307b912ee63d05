using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parley.Application.Humanitarian;
using Parley.Application.Search;
using Parley.Server.Api;
using Parley.Server.Auth;

namespace Parley.Server.Features.Search;

/// <summary><c>GET /api/search?q=</c>: everything the caller may see that matches, best first.</summary>
public static class SearchEndpoints
{
    public static RouteGroupBuilder MapSearch(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/search").WithTags("Search");
        group.MapGet("/", SearchAsync).WithName("Search")
            .WithSummary("Searches every record, note, text and proposal the caller may see (and, for humanitarian officers, the listed persons they may see; audited), across scripts and transliterations.");
        return group;
    }

    private static async Task<Results<Ok<SearchResults>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        HttpContext http, SearchRecords search, [FromQuery] string q, [FromQuery] int? limit, CancellationToken cancellationToken) =>
        (await search.RunAsync(http.ToViewer(), q, new ReadContext("search", http.Connection.RemoteIpAddress?.ToString()), limit ?? 20, cancellationToken)).ToHttp(TypedResults.Ok);
}
