using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Humanitarian.Keys;
using Parley.Data.Keys;

namespace Parley.Server.Features.Humanitarian;

/// <summary>
/// Parties' designations of a host: who may see whose persons. The list is public (it is in the public log too); the
/// texts to sign are served here and signed with <c>parley sign</c>; submitting needs a signed-in administrator or
/// officer, but the authority is the party key's signature, checked by <see cref="HostDesignations"/>.
/// </summary>
public static class DesignationEndpoints
{
    public static RouteGroupBuilder MapDesignations(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/designations").WithTags("Keys");
        group.MapGet("/", async (HostDesignations designations, CancellationToken cancellationToken) => TypedResults.Ok(await designations.ListAsync(cancellationToken)))
            .WithSummary("Every designation of a host by a party, with its signed note and, once revoked, the signed revocation.");
        group.MapGet("/statement", StatementAsync).WithSummary("The designation statement for a party's key to sign (?party=&host=; host is a party's code or 'staff').");
        group.MapGet("/{id:guid}/revocation.txt", RevocationTextAsync).WithSummary("The revocation statement of an active designation, for the party's key to sign.");
        group.MapPost("/", DesignateAsync).RequireAuthorization().WithBodyLimit(BodyLimits.SignedNote)
            .WithSummary("A party's signed designation of a host (raw body): the host's officers then see the persons the party listed.");
        group.MapPost("/revocations", RevokeAsync).RequireAuthorization().WithBodyLimit(BodyLimits.SignedNote)
            .WithSummary("A party's signed revocation of its designation (raw body).");
        return group;
    }

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> StatementAsync(HostDesignations designations, [FromQuery] string? party, [FromQuery] string? host, CancellationToken cancellationToken) =>
        (await designations.DesignationTextAsync(party ?? "", host ?? "", cancellationToken)).ToHttp(text => TypedResults.Text(text, "text/plain; charset=utf-8"));

    private static async Task<IResult> RevocationTextAsync(HostDesignations designations, Guid id, CancellationToken cancellationToken) =>
        await designations.RevocationTextAsync(id, cancellationToken) is { } text ? TypedResults.Text(text, "text/plain; charset=utf-8") : Problems.NotFound("designation");

    private static async Task<Results<Created<HostDesignation>, ValidationProblem, ProblemHttpResult>> DesignateAsync(HttpContext http, HostDesignations designations, CancellationToken cancellationToken) =>
        (await designations.DesignateAsync(http.ToViewer(), await BodyAsync(http, cancellationToken), cancellationToken))
            .ToHttp(made => TypedResults.Created($"/api/designations/{made.Id}", made));

    private static async Task<Results<Ok<HostDesignation>, ValidationProblem, ProblemHttpResult>> RevokeAsync(HttpContext http, HostDesignations designations, CancellationToken cancellationToken) =>
        (await designations.RevokeAsync(http.ToViewer(), await BodyAsync(http, cancellationToken), cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<string> BodyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Request.Body);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
