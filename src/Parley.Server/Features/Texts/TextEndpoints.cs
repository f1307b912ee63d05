using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Application.Text;
using Parley.Domain.Access;
using Parley.Server.Api;
using Parley.Server.Auth;

namespace Parley.Server.Features.Texts;

/// <summary>
/// The single negotiating text: list, import (plain-text form or DOCX as the request body), versions, clause edits
/// with a version check, redline, clause history, progress and exports. Thin over <c>Parley.Application.Text</c>;
/// reads follow the record's visibility, writes are the chair's.
/// </summary>
public static partial class TextEndpoints
{
    public static RouteGroupBuilder MapTexts(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/texts").WithTags("Texts");
        group.MapGet("/", ListAsync).WithSummary("Texts the caller may read, with the newest version's progress.");
        group.MapPost("/", CreateAsync).RequireAuthorization(ParleyPolicies.Mediator).WithBodyLimit(TextSource.MaxBytes + 1L)
            .WithSummary("Creates a text from the body: the plain-text form (send it as text/markdown or application/octet-stream) or a DOCX.");
        group.MapPost("/{id:guid}/versions", NextVersionAsync).RequireAuthorization(ParleyPolicies.Mediator).WithBodyLimit(TextSource.MaxBytes + 1L)
            .WithSummary("Stores the body as the next version; ?expectedVersion= the version it was drafted from (409 when another came since).");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("One version (?version=, default the newest), with clauses, brackets, proposers and progress.");
        group.MapPut("/{id:guid}/clauses/{clause}", EditAsync).RequireAuthorization(ParleyPolicies.Mediator)
            .WithSummary("Rewrites one clause as a new version; expectedVersion is required (409 when another version came since).");
        group.MapGet("/{id:guid}/clauses/{clause}/history", HistoryAsync).WithSummary("The clause in every version, and who proposed which wording in which round.");
        group.MapGet("/{id:guid}/redline", RedlineAsync).WithSummary("Redline between any two versions (?from=&to=).");
        group.MapGet("/{id:guid}/progress", ProgressAsync).WithSummary("Clauses agreed and bracketed per version, overall and per article.");
        group.MapGet("/{id:guid}/export", ExportAsync).WithSummary("?format=text|akn|docx|pdf&lang=en|uk|ru&version=: the version with its hash, in the chosen language.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<TextSummaryDto>>> ListAsync(HttpContext http, ListTexts list, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<TextSummaryDto>>([.. (await list.RunAsync(http.ToViewer(), cancellationToken)).Select(TextSummaryDto.Of)]);

    private static async Task<Results<Created<StoredVersionDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpContext http, ImportText import, string? title, int? round, string? language, Visibility? visibility, CancellationToken cancellationToken)
    {
        var body = await BodyAsync(http.Request, cancellationToken);
        var outcome = await import.RunAsync(http.ToViewer(), new ImportTextRequest(body, null, title, round, language, visibility), cancellationToken);
        return outcome.ToHttp(v => TypedResults.Created($"/api/texts/{v.TextId}", new StoredVersionDto(v.TextId, v.Version, v.Hash)));
    }

    private static async Task<Results<Created<StoredVersionDto>, ValidationProblem, ProblemHttpResult>> NextVersionAsync(HttpContext http, ImportText import, Guid id, int? expectedVersion, int? round, CancellationToken cancellationToken)
    {
        if (expectedVersion is null)
            return Problems.Invalid("expectedVersion", "the version this draft started from is required, so that no one's edit is silently overwritten");
        var body = await BodyAsync(http.Request, cancellationToken);
        var outcome = await import.RunAsync(http.ToViewer(), new ImportTextRequest(body, id, Round: round, ExpectedVersion: expectedVersion), cancellationToken);
        return outcome.ToHttp(v => TypedResults.Created($"/api/texts/{v.TextId}?version={v.Version}", new StoredVersionDto(v.TextId, v.Version, v.Hash)));
    }

    private static async Task<Results<Ok<TextDocumentDto>, ValidationProblem, ProblemHttpResult>> GetAsync(HttpContext http, ReadText read, ReadAgreement agreement, Guid id, int? version, CancellationToken cancellationToken)
    {
        var outcome = await read.RunAsync(http.ToViewer(), id, version, cancellationToken);
        if (outcome.Refusal is { } refusal)
            return refusal.ToHttp<Ok<TextDocumentDto>>();
        var status = (await agreement.RunAsync(http.ToViewer(), id, outcome.Value.Version, cancellationToken)).Value;
        return TypedResults.Ok(TextDocumentDto.Of(outcome.Value, status));
    }

    private static async Task<Results<Ok<StoredVersionDto>, ValidationProblem, ProblemHttpResult>> EditAsync(HttpContext http, EditClause edit, Guid id, string clause, EditClauseBody body, CancellationToken cancellationToken)
    {
        if (body.ExpectedVersion is not { } expected)
            return Problems.Invalid("expectedVersion", "the version this edit started from is required, so that no one's edit is silently overwritten");
        var outcome = await edit.RunAsync(http.ToViewer(), id, new EditClauseRequest(clause, body.Wording ?? "", expected, body.Round), cancellationToken);
        return outcome.ToHttp(v => TypedResults.Ok(new StoredVersionDto(v.TextId, v.Version, v.Hash)));
    }

    private static async Task<Results<Ok<ClauseHistoryDto>, ValidationProblem, ProblemHttpResult>> HistoryAsync(HttpContext http, ReadClauseHistory history, Guid id, string clause, CancellationToken cancellationToken) =>
        (await history.RunAsync(http.ToViewer(), id, clause, cancellationToken)).ToHttp(h => TypedResults.Ok(ClauseHistoryDto.Of(h)));

    private static async Task<Results<Ok<RedlineDto>, ValidationProblem, ProblemHttpResult>> RedlineAsync(HttpContext http, CompareText compare, Guid id, int? from, int? to, CancellationToken cancellationToken)
    {
        if (from is null || to is null)
            return Problems.Invalid(from is null ? "from" : "to", "name the two versions to compare (?from=1&to=2)");
        return (await compare.RunAsync(http.ToViewer(), id, from.Value, to.Value, cancellationToken)).ToHttp(r => TypedResults.Ok(RedlineDto.Of(from.Value, to.Value, r)));
    }

    private static async Task<Results<Ok<List<VersionProgressDto>>, ValidationProblem, ProblemHttpResult>> ProgressAsync(HttpContext http, ReadProgress progress, Guid id, CancellationToken cancellationToken) =>
        (await progress.RunAsync(http.ToViewer(), id, cancellationToken)).ToHttp(p => TypedResults.Ok(p.Select(VersionProgressDto.Of).ToList()));

    private static async Task<byte[]> BodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}
