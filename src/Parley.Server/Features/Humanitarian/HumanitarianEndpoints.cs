using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Parley.Domain.Humanitarian;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Data.Humanitarian;

namespace Parley.Server.Features.Humanitarian;

/// <summary>
/// Lists, registries, linkage and the review queue. Personal data is served only to the officers
/// allowed to see it, and every record served is written to the audit trail with the caller's address.
/// </summary>
public static class HumanitarianEndpoints
{
    public static RouteGroupBuilder MapHumanitarian(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/humanitarian").WithTags("Humanitarian").RequireAuthorization(ParleyPolicies.PersonalData);
        group.MapPost("/lists/preview", PreviewAsync).WithBodyLimit(BodyLimits.PersonList).WithSummary("Checks a list (CSV or XLSX as the request body) and says what an import would store.");
        group.MapPost("/lists", ImportAsync).WithBodyLimit(BodyLimits.PersonList).WithSummary("Files a list: the whole file in one transaction, or nothing.");
        group.MapGet("/persons", ListAsync).WithSummary("Listed persons the caller may see (audited).");
        group.MapGet("/persons/{id:guid}", GetAsync).WithSummary("One listed person (audited).");
        group.MapPost("/persons/{id:guid}/correction", CorrectAsync).WithSummary("Corrects a listed person's fields: new sealed data and commitment, logged as person.corrected.");
        group.MapPost("/persons/{id:guid}/erasure", EraseAsync).WithSummary("Erases a listed person's personal data (and its salt); the commitment and the log stay.");
        group.MapPost("/links/run", RunLinkageAsync).WithSummary("Links two parties' lists (host officers).");
        group.MapGet("/review", ReviewAsync).WithSummary("Uncertain pairs, best first (host officers; audited).");
        group.MapGet("/matched", MatchedAsync).WithSummary("Confirmed pairs: one person each (host officers; audited).");
        group.MapGet("/links", SpotChecksAsync).WithSummary("Decided pairs for spot checks: by status, decider and evidence lacked, by score or drawn at random (host officers; audited).");
        group.MapGet("/links/{id:guid}", PairAsync).WithSummary("One pair with the engine's waterfall and every decision on it (host officers; audited).");
        group.MapPost("/links/{id:guid}/revision", ReviseAsync).WithSummary("Revises a pair's decision with a reason; refused (409) while the pair is in a batch.");
        group.MapPost("/review/{id:guid}", DecideAsync).WithSummary("Decides a pair: the same person or two people.");
        return group;
    }

    internal static ReadContext Context(HttpContext http, string purpose) => new(purpose, http.Connection.RemoteIpAddress?.ToString());

    private static async Task<Results<Ok<ImportOutcome>, ValidationProblem, ProblemHttpResult>> PreviewAsync(HttpContext http, PersonImporter importer, HumanitarianParties parties, [FromQuery] string party, [FromQuery] string? heldBy, [FromQuery] string? fileName, CancellationToken cancellationToken)
    {
        if (await FilingForbiddenAsync(http, parties, party, cancellationToken) is { } forbidden)
            return forbidden;
        await using var body = await BodyLimits.SpoolAsync(http.Request, cancellationToken);
        var outcome = await importer.PreviewAsync(http.ToViewer(), body, new ImportRequest(party, fileName ?? "upload.csv", heldBy), cancellationToken: cancellationToken);
        return outcome.Valid ? TypedResults.Ok(outcome) : Refused(outcome, "the list would be refused");
    }

    private static async Task<Results<Created<ImportOutcome>, ValidationProblem, ProblemHttpResult>> ImportAsync(HttpContext http, PersonImporter importer, HumanitarianParties parties, [FromQuery] string party, [FromQuery] string? heldBy, [FromQuery] string? fileName, CancellationToken cancellationToken)
    {
        if (await FilingForbiddenAsync(http, parties, party, cancellationToken) is { } forbidden)
            return forbidden;
        await using var body = await BodyLimits.SpoolAsync(http.Request, cancellationToken);
        var outcome = await importer.ImportAsync(http.ToViewer(), body, new ImportRequest(party, fileName ?? "upload.csv", heldBy), cancellationToken: cancellationToken);
        return outcome.Stored
            ? TypedResults.Created($"/api/humanitarian/persons?list={outcome.ListId}", outcome)
            : Refused(outcome, "nothing was stored");
    }

    /// <summary>A caller who may not file for the party gets 403 before the file is read; an unknown party is the importer's 400.</summary>
    internal static async Task<ProblemHttpResult?> FilingForbiddenAsync(HttpContext http, HumanitarianParties parties, string? party, CancellationToken cancellationToken)
    {
        var known = await parties.LoadAsync(cancellationToken);
        return known.Resolve(party) is { } code && !HumanitarianAccess.CanFileFor(http.ToViewer(), code, known.Access)
            ? Problems.Forbidden($"Only humanitarian officers of {code} or of the host file {code}'s lists and cases.")
            : null;
    }

    /// <summary>Every error keyed by where it is ("line 7, date_of_birth", or "file"), with the whole outcome beside them.</summary>
    private static ValidationProblem Refused(ImportOutcome outcome, string consequence)
    {
        if (outcome.Refusal is { } refusal)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["file"] = [refusal] }, detail: $"file: {refusal} ({consequence})", title: "The list was refused",
                extensions: new Dictionary<string, object?> { ["outcome"] = outcome });
        var errors = outcome.Issues.Where(i => i.Severity == Lists.IssueSeverity.Error)
            .GroupBy(i => i.Line > 0 ? $"line {i.Line}" + (i.Column is null ? "" : $", {i.Column}") : "file")
            .ToDictionary(g => g.Key, g => g.Select(i => i.Reason).ToArray());
        return TypedResults.ValidationProblem(errors, detail: $"{outcome.ErrorCount} problems; {consequence}.", title: "The list was refused",
            extensions: new Dictionary<string, object?> { ["outcome"] = outcome });
    }

    private static async Task<Results<Ok<IReadOnlyList<RegistryEntry>>, ProblemHttpResult, ValidationProblem>> ListAsync(HttpContext http, RegistryReader registry, string? listedBy, PersonCategory? category, int? page, int? pageSize, string? name, CancellationToken cancellationToken)
    {
        if (Paging.Check(page, pageSize, RegistryQuery.MaxPageSize, 50) is { } badPage)
            return badPage;
        var list = await registry.ListAsync(http.ToViewer(), new RegistryQuery(listedBy, category, page ?? 1, pageSize ?? 50, name), Context(http, "registry list"), cancellationToken);
        return list is null ? Problems.Forbidden("Only humanitarian officers see listed persons.") : TypedResults.Ok(list);
    }

    private static async Task<Results<Ok<RegistryEntry>, NotFound<ProblemDetails>>> GetAsync(HttpContext http, RegistryReader registry, Guid id, CancellationToken cancellationToken) =>
        await registry.GetAsync(http.ToViewer(), id, Context(http, "registry record"), cancellationToken) is { } entry ? TypedResults.Ok(entry) : Problems.NotFound("listed person");

    private static async Task<Results<Ok<Correction>, ValidationProblem, ProblemHttpResult>> CorrectAsync(HttpContext http, RegistryCorrections corrections, Guid id, CorrectPersonRequest request, CancellationToken cancellationToken) =>
        (await corrections.CorrectAsync(http.ToViewer(), id, request.Version, request.Fields ?? new Dictionary<string, string?>(), request.Reason, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<Correction>, ValidationProblem, ProblemHttpResult>> EraseAsync(HttpContext http, RegistryCorrections corrections, Guid id, EraseRequest request, CancellationToken cancellationToken) =>
        (await corrections.EraseAsync(http.ToViewer(), id, request.Version, request.Reason, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<LinkageRunner.LinkRun>, ValidationProblem, ProblemHttpResult>> RunLinkageAsync(HttpContext http, LinkageRunner runner, LinkRunRequest request, CancellationToken cancellationToken) =>
        (await runner.RunAsync(http.ToViewer(), request.Left, request.Right, request.MatchThreshold, null, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<ReviewPage>, ProblemHttpResult>> ReviewAsync(HttpContext http, ReviewQueue queue, int? take, CancellationToken cancellationToken) =>
        await queue.PendingAsync(http.ToViewer(), take ?? 20, Context(http, "review queue"), cancellationToken) is { } page
            ? TypedResults.Ok(new ReviewPage(page.Items, page.Remaining))
            : Problems.Forbidden("Only the host's humanitarian officers review pairs.");

    private static async Task<Results<Ok<IReadOnlyList<ReviewItem>>, ProblemHttpResult>> MatchedAsync(HttpContext http, ReviewQueue queue, CancellationToken cancellationToken) =>
        await queue.ConfirmedAsync(http.ToViewer(), Context(http, "matched persons"), cancellationToken) is { } items
            ? TypedResults.Ok(items)
            : Problems.Forbidden("Only the host's humanitarian officers see both sides' records.");

    private static async Task<Results<Ok<string>, ValidationProblem, ProblemHttpResult>> DecideAsync(HttpContext http, ReviewQueue queue, Guid id, ReviewDecisionRequest request, CancellationToken cancellationToken) =>
        (await queue.DecideAsync(http.ToViewer(), id, request.Version, request.SamePerson, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<SpotCheckPage>, ValidationProblem, ProblemHttpResult>> SpotChecksAsync(HttpContext http, ReviewQueue queue,
        LinkStatus? status, string? decidedBy, string? lacks, string? sort, int? random, int? seed, int? page, int? pageSize, CancellationToken cancellationToken)
    {
        if (Paging.Check(page, pageSize, SpotCheckQuery.MaxPageSize, 50) is { } badPage)
            return badPage;
        if (random is < 1 or > SpotCheckQuery.MaxPageSize)
            return Problems.Invalid("random", $"must be between 1 and {SpotCheckQuery.MaxPageSize}.");
        var (gaps, unknown) = LinkWaterfall.FromNames(lacks);
        if (unknown is not null)
            return Problems.Invalid("lacks", $"'{unknown}' is not one of {string.Join(", ", LinkWaterfall.GapNames.Select(g => g.Name))}.");
        SpotCheckDecider? decider = decidedBy?.ToLowerInvariant() switch
        {
            null or "" or "anyone" => SpotCheckDecider.Anyone,
            "engine" => SpotCheckDecider.Engine,
            "person" => SpotCheckDecider.Person,
            _ => null,
        };
        if (decider is null)
            return Problems.Invalid("decidedBy", "must be engine, person or anyone.");
        if (sort is not (null or "score" or "-score"))
            return Problems.Invalid("sort", "must be score (lowest first) or -score (highest first).");
        var query = new SpotCheckQuery(status ?? LinkStatus.Confirmed, decider.Value, gaps, sort == "-score", random, seed, page ?? 1, pageSize ?? 50);
        return await queue.SpotChecksAsync(http.ToViewer(), query, Context(http, "spot check"), cancellationToken) is { } checks
            ? TypedResults.Ok(checks)
            : Problems.Forbidden("Only the host's humanitarian officers see both sides' records.");
    }

    private static async Task<Results<Ok<SpotCheck>, NotFound<ProblemDetails>, ProblemHttpResult>> PairAsync(HttpContext http, ReviewQueue queue, HumanitarianParties parties, Guid id, CancellationToken cancellationToken)
    {
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(http.ToViewer(), known.Access))
            return Problems.Forbidden("Only the host's humanitarian officers see both sides' records.");
        return await queue.PairAsync(http.ToViewer(), id, Context(http, "pair"), cancellationToken) is { } pair ? TypedResults.Ok(pair) : Problems.NotFound("pair");
    }

    private static async Task<Results<Ok<LinkRevised>, ValidationProblem, ProblemHttpResult>> ReviseAsync(HttpContext http, ReviewQueue queue, Guid id, ReviseLinkRequest request, CancellationToken cancellationToken) =>
        (await queue.ReviseAsync(http.ToViewer(), id, request.Version, request.Status, request.Reason, cancellationToken)).ToHttp(TypedResults.Ok);
}
