using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Application.Text;
using Parley.Server.Api;
using Parley.Server.Auth;

namespace Parley.Server.Features.Texts;

public static partial class TextEndpoints
{
    public static RouteGroupBuilder MapTextInitials(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/texts").WithTags("Texts");
        group.MapGet("/{id:guid}/agreement", AgreementAsync)
            .WithSummary("Open / agreed ad referendum / initialled for a version (?version=), with each party's verified initials.");
        group.MapGet("/{id:guid}/initials.txt", InitialsStatementAsync)
            .WithSummary("The statement a party's key signs to initial the newest version: `parley sign --kind text-initials --key KEY initials.txt`.");
        group.MapPost("/{id:guid}/initials", InitialAsync).RequireAuthorization(ParleyPolicies.Writer).WithBodyLimit(BodyLimits.SignedNote)
            .WithSummary("A party's signed initials (the signed note as an application/octet-stream body), verified against the party-key registry.");
        return group;
    }

    private static async Task<Results<Ok<AgreementView>, ValidationProblem, ProblemHttpResult>> AgreementAsync(HttpContext http, ReadAgreement agreement, Guid id, int? version, CancellationToken cancellationToken) =>
        (await agreement.RunAsync(http.ToViewer(), id, version, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<ContentHttpResult, ValidationProblem, ProblemHttpResult>> InitialsStatementAsync(HttpContext http, ReadText read, Guid id, CancellationToken cancellationToken) =>
        (await read.RunAsync(http.ToViewer(), id, null, cancellationToken))
            .ToHttp(v => TypedResults.Text(TextInitialsStatement.For(v.Id, v.Version, v.Hash, v.Text.Title).ToText(), "text/plain; charset=utf-8"));

    private static async Task<Results<Created<InitialsView>, ValidationProblem, ProblemHttpResult>> InitialAsync(HttpContext http, InitialText initial, Guid id, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Request.Body, System.Text.Encoding.UTF8);
        var note = await reader.ReadToEndAsync(cancellationToken);
        return (await initial.RunAsync(http.ToViewer(), id, note, cancellationToken)).ToHttp(v => TypedResults.Created($"/api/texts/{id}/agreement?version={v.Version}", v));
    }
}
