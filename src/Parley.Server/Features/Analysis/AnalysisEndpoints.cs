using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Domain.Talks;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Analysis;

namespace Parley.Server.Features.Analysis;

public static class AnalysisEndpoints
{
    public static RouteGroupBuilder MapTalksAnalysis(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/analysis").WithTags("Analysis");
        group.MapGet("/issues", IssuesAsync).WithName("AnalysisIssues")
            .WithSummary("The issues of the talks and their options: the positions stated on each (public or shared).");
        var members = group.MapGroup("").RequireAuthorization(ParleyPolicies.Writer);
        members.MapGet("/profiles", ProfilesAsync).WithName("AnalysisProfiles")
            .WithSummary("The analysis profiles you may read: a delegation its own party's; a mediator those the parties shared.");
        members.MapGet("/talks", TalksAsync).WithName("TalksAnalysis")
            .WithSummary("The frontier's solutions for the talks, from the profiles you may read; names the parties that have not shared.");
        members.MapPut("/profile", SaveAsync).WithName("SaveAnalysisProfile")
            .WithSummary("Saves your own party's profile (party-private; shared with the mediators only if you say so).");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<TalksIssue>>> IssuesAsync(HttpContext context, TalksAnalysis analysis, CancellationToken cancellationToken) =>
        TypedResults.Ok(await analysis.IssuesAsync(context.ToViewer(), cancellationToken));

    private static async Task<Ok<IReadOnlyList<AnalysisProfile>>> ProfilesAsync(HttpContext context, TalksAnalysis analysis, CancellationToken cancellationToken) =>
        TypedResults.Ok(await analysis.ProfilesAsync(context.ToViewer(), cancellationToken));

    private static async Task<Ok<TalksAnalysisDto>> TalksAsync(HttpContext context, TalksAnalysis analysis, CancellationToken cancellationToken) =>
        TypedResults.Ok(TalksAnalysisDto.From(await analysis.InstanceAsync(context.ToViewer(), cancellationToken)));

    private static async Task<Results<Ok<AnalysisProfile>, ValidationProblem, ProblemHttpResult>> SaveAsync(
        ProfileInput input, HttpContext context, TalksAnalysis analysis, CancellationToken cancellationToken) =>
        (await analysis.SaveAsync(context.ToViewer(), input, cancellationToken)).ToHttp(TypedResults.Ok);
}
