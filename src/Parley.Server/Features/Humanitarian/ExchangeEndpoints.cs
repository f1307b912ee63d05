using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parley.Data.Humanitarian;
using Parley.Server.Api;
using Microsoft.Extensions.Localization;
using Parley.Server.Auth;
using Parley.Server.Localization;
using Parley.Application.Humanitarian.Exchanges;

namespace Parley.Server.Features.Humanitarian;

/// <summary>
/// Exchange batches: composed by the host's officers, signed by each party's key (the texts to sign
/// are served here; `parley sign` signs them), confirmed by both after the exchange, printable as PDF.
/// </summary>
public static class ExchangeEndpoints
{
    public static RouteGroupBuilder MapExchanges(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/exchanges").WithTags("Exchanges").RequireAuthorization(ParleyPolicies.PersonalData);
        group.MapGet("/", ListAsync).WithSummary("Batches the caller's party is in (all for the host).");
        group.MapPost("/", CreateAsync).WithSummary("Creates a batch with its terms (host officers).");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("A batch: members, composition check, status, signatures, outcomes (audited).");
        group.MapPost("/{id:guid}/members", AddAsync).WithSummary("Adds confirmed pairs before anyone has signed.");
        group.MapDelete("/{id:guid}/members/{linkId:guid}", RemoveAsync).WithSummary("Removes a pair before anyone has signed.");
        group.MapGet("/{id:guid}/manifest.txt", ManifestTextAsync).WithSummary("The manifest statement a party's key signs.");
        group.MapGet("/{id:guid}/confirmation.txt", ConfirmationTextAsync).WithSummary("A confirmation statement listing everyone as exchanged, for a party to edit and sign.");
        group.MapPost("/{id:guid}/signatures", SignAsync).WithBodyLimit(BodyLimits.SignedNote).WithSummary("A party's signed manifest note (text/plain body).");
        group.MapPost("/{id:guid}/confirmations", ConfirmAsync).WithBodyLimit(BodyLimits.SignedNote).WithSummary("A party's signed confirmation note (text/plain body).");
        group.MapGet("/{id:guid}/manifest.pdf", PdfAsync).WithSummary("The printable manifest, with signatures, outcomes and the signed checkpoint that holds its latest log entry (audited).");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<ExchangeBatchRecord>>> ListAsync(HttpContext http, ExchangeService exchanges, CancellationToken cancellationToken) =>
        TypedResults.Ok(await exchanges.ListAsync(http.ToViewer(), cancellationToken));

    private static async Task<Results<Created<BatchChange>, ValidationProblem, ProblemHttpResult>> CreateAsync(HttpContext http, ExchangeService exchanges, CreateBatchRequest request, CancellationToken cancellationToken) =>
        (await exchanges.CreateAsync(http.ToViewer(), request.Name, request.FirstParty, request.SecondParty, request.Terms ?? [], cancellationToken))
            .ToHttp(created => TypedResults.Created($"/api/exchanges/{created.BatchId}", created));

    private static async Task<Results<Ok<BatchView>, NotFound<ProblemDetails>>> GetAsync(HttpContext http, ExchangeService exchanges, Guid id, CancellationToken cancellationToken) =>
        await exchanges.ViewAsync(http.ToViewer(), id, HumanitarianEndpoints.Context(http, "exchange batch"), cancellationToken) is { } view ? TypedResults.Ok(view) : Problems.NotFound("batch");

    private static async Task<Results<Ok<BatchChange>, ValidationProblem, ProblemHttpResult>> AddAsync(HttpContext http, ExchangeService exchanges, Guid id, AddMembersRequest request, CancellationToken cancellationToken) =>
        (await exchanges.AddAsync(http.ToViewer(), id, request.LinkIds ?? [], cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<BatchChange>, ValidationProblem, ProblemHttpResult>> RemoveAsync(HttpContext http, ExchangeService exchanges, Guid id, Guid linkId, CancellationToken cancellationToken) =>
        (await exchanges.RemoveAsync(http.ToViewer(), id, linkId, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> ManifestTextAsync(HttpContext http, ExchangeService exchanges, Guid id, CancellationToken cancellationToken) =>
        await exchanges.ViewAsync(http.ToViewer(), id, HumanitarianEndpoints.Context(http, "manifest to sign"), cancellationToken) is { } view
            ? TypedResults.Text(view.ManifestStatement, "text/plain; charset=utf-8")
            : Problems.NotFound("batch");

    private static async Task<IResult> ConfirmationTextAsync(HttpContext http, ExchangeService exchanges, Guid id, [FromQuery] string party, CancellationToken cancellationToken)
    {
        if (await exchanges.ViewAsync(http.ToViewer(), id, HumanitarianEndpoints.Context(http, "confirmation to sign"), cancellationToken) is not { } view)
            return Problems.NotFound("batch");
        if (view.Batch.ManifestHash is not { } hash || !view.Batch.Signatures.AcceptsConfirmations)
            return Problems.Invalid("batch", "Both parties must sign the manifest before a confirmation can be drawn up.");
        var code = party.Trim().ToUpperInvariant();
        var released = view.Members.Where(m => m.ReleasedBy == code).Select(m => m.Commitment);
        var received = view.Members.Where(m => m.ReleasedBy != code).Select(m => m.Commitment);
        return TypedResults.Text(ExchangeStatements.Confirmation(id.ToString(), hash, code, released, received).ToText(), "text/plain; charset=utf-8");
    }

    private static async Task<Results<Ok<BatchChange>, ValidationProblem, ProblemHttpResult>> SignAsync(HttpContext http, ExchangeService exchanges, Guid id, CancellationToken cancellationToken) =>
        (await exchanges.SignManifestAsync(http.ToViewer(), id, await BodyAsync(http, cancellationToken), cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<BatchChange>, ValidationProblem, ProblemHttpResult>> ConfirmAsync(HttpContext http, ExchangeService exchanges, Guid id, CancellationToken cancellationToken) =>
        (await exchanges.ConfirmAsync(http.ToViewer(), id, await BodyAsync(http, cancellationToken), cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> PdfAsync(HttpContext http, ExchangeService exchanges, IStringLocalizer<HumText> h, Guid id, CancellationToken cancellationToken)
    {
        if (await exchanges.ViewAsync(http.ToViewer(), id, HumanitarianEndpoints.Context(http, "manifest pdf"), cancellationToken) is not { } view)
            return Problems.NotFound("batch");
        var place = await exchanges.LogPlaceAsync(id, cancellationToken);
        var pdf = Reports.ExchangePdf.Render(ManifestDocument.From(view, place, http.ToViewer().Name ?? "unknown", DateTimeOffset.UtcNow, h));
        return TypedResults.File(pdf, "application/pdf", $"manifest-{view.Batch.Name}.pdf");
    }

    private static async Task<string> BodyAsync(HttpContext http, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(http.Request.Body);
        return await reader.ReadToEndAsync(cancellationToken);
    }
}
