using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Domain.Humanitarian;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Server.Features.Humanitarian;

/// <summary>Children's cases: personal data for their party's and the host's officers; counts for everyone.</summary>
public static class ChildCaseEndpoints
{
    public static RouteGroupBuilder MapChildCases(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/children").WithTags("Children");
        group.MapGet("/counts", CountsAsync).WithSummary("Cases per party and status: no personal data.");
        group.MapGet("/", ListAsync).RequireAuthorization(ParleyPolicies.PersonalData).WithSummary("Cases the caller may see (audited).");
        group.MapPost("/", OpenAsync).RequireAuthorization(ParleyPolicies.PersonalData).WithSummary("Opens a child's case.");
        group.MapPost("/{id:guid}/status", MoveAsync).RequireAuthorization(ParleyPolicies.PersonalData).WithSummary("Moves a case one step, with evidence and who verified it.");
        group.MapPost("/{id:guid}/correction", CorrectAsync).RequireAuthorization(ParleyPolicies.PersonalData).WithSummary("Corrects the child's details: new sealed data and commitment, logged as child-case.corrected.");
        group.MapPost("/{id:guid}/erasure", EraseAsync).RequireAuthorization(ParleyPolicies.PersonalData).WithSummary("Erases the child's personal data; status, history, counts and the log stay.");
        return group;
    }

    public sealed record StatusCount(string Party, ChildCaseStatus Status, int Count);

    private static async Task<Ok<List<StatusCount>>> CountsAsync(ChildCases cases, CancellationToken cancellationToken) =>
        TypedResults.Ok((await cases.CountsAsync(cancellationToken)).Select(c => new StatusCount(c.Party, c.Status, c.Count)).ToList());

    private static async Task<Results<Ok<IReadOnlyList<ChildCaseView>>, ProblemHttpResult>> ListAsync(HttpContext http, ChildCases cases, CancellationToken cancellationToken) =>
        await cases.ListAsync(http.ToViewer(), HumanitarianEndpoints.Context(http, "children's cases"), cancellationToken) is { } list
            ? TypedResults.Ok(list)
            : Problems.Forbidden("Only humanitarian officers see children's cases.");

    private static async Task<Results<Created<ChildCaseView>, ValidationProblem, ProblemHttpResult>> OpenAsync(HttpContext http, ChildCases cases, HumanitarianParties parties, OpenChildCaseRequest request, CancellationToken cancellationToken)
    {
        if (await HumanitarianEndpoints.FilingForbiddenAsync(http, parties, request.Party, cancellationToken) is { } forbidden)
            return forbidden;
        var child = new ChildCaseDetails(request.FamilyName ?? "", request.GivenName ?? "", request.Patronymic, request.DateOfBirth, request.RemovedOn, request.RemovedFrom, request.LastKnownLocation, request.GuardianContact);
        return (await cases.OpenAsync(http.ToViewer(), request.Party ?? "", child, HumanitarianEndpoints.Context(http, "child's case opened"), cancellationToken))
            .ToHttp(opened => TypedResults.Created($"/api/children/{opened.Id}", opened));
    }

    private static async Task<Results<Ok<Correction>, ValidationProblem, ProblemHttpResult>> CorrectAsync(HttpContext http, ChildCases cases, Guid id, CorrectChildCaseRequest request, CancellationToken cancellationToken)
    {
        var child = new ChildCaseDetails(request.FamilyName ?? "", request.GivenName ?? "", request.Patronymic, request.DateOfBirth, request.RemovedOn, request.RemovedFrom, request.LastKnownLocation, request.GuardianContact);
        return (await cases.CorrectAsync(http.ToViewer(), id, request.Version, child, request.Reason, cancellationToken)).ToHttp(TypedResults.Ok);
    }

    private static async Task<Results<Ok<Correction>, ValidationProblem, ProblemHttpResult>> EraseAsync(HttpContext http, ChildCases cases, Guid id, EraseRequest request, CancellationToken cancellationToken) =>
        (await cases.EraseAsync(http.ToViewer(), id, request.Version, request.Reason, cancellationToken)).ToHttp(TypedResults.Ok);

    /// <summary>A case the caller may not see or change answers 404, as any record they may not see.</summary>
    private static async Task<Results<Ok<ChildCaseView>, ValidationProblem, ProblemHttpResult>> MoveAsync(HttpContext http, ChildCases cases, Guid id, MoveChildCaseRequest request, CancellationToken cancellationToken) =>
        (await cases.MoveAsync(http.ToViewer(), id, request.Version, request.Status, request.Evidence, request.VerifiedBy, request.Reason, HumanitarianEndpoints.Context(http, "child's case moved"), cancellationToken)).ToHttp(TypedResults.Ok);
}
