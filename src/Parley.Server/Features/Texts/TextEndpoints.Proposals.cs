using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Application.Text;
using Parley.Server.Api;
using Parley.Server.Auth;

namespace Parley.Server.Features.Texts;

/// <summary>A delegation's alternative wording: drafted privately, submitted to the table, folded in by the chair.</summary>
public sealed record DraftProposalBody(string? Clause, int? Bracket, string? Wording);

/// <summary>The version of the thing changed, as the caller read it.</summary>
public sealed record ExpectedVersionBody(int? ExpectedVersion, int? Round);

public static partial class TextEndpoints
{
    public static RouteGroupBuilder MapTextProposals(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/texts").WithTags("Texts");
        group.MapGet("/{id:guid}/proposals", ProposalsAsync)
            .WithSummary("Submitted and folded proposals, plus the caller's own party's drafts (never another party's, never the chair's view of a draft).");
        group.MapPost("/{id:guid}/proposals", DraftAsync).RequireAuthorization(ParleyPolicies.Writer)
            .WithSummary("A delegation drafts an alternative for a bracket (clause + bracket) or a whole agreed clause (clause only), privately.");
        group.MapPost("/proposals/{proposalId:guid}/submit", SubmitAsync).RequireAuthorization(ParleyPolicies.Writer)
            .WithSummary("The delegation tables its draft (expectedVersion: the draft's version).");
        group.MapPost("/proposals/{proposalId:guid}/fold", FoldAsync).RequireAuthorization(ParleyPolicies.Mediator)
            .WithSummary("The chair folds a submitted proposal in as a bracket alternative, with its proposer (expectedVersion: the text's version).");
        return group;
    }

    private static async Task<Results<Ok<IReadOnlyList<ProposalView>>, ValidationProblem, ProblemHttpResult>> ProposalsAsync(HttpContext http, ListProposals list, Guid id, CancellationToken cancellationToken) =>
        (await list.RunAsync(http.ToViewer(), id, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Created<ProposalView>, ValidationProblem, ProblemHttpResult>> DraftAsync(HttpContext http, DraftProposal draft, Guid id, DraftProposalBody body, CancellationToken cancellationToken) =>
        (await draft.RunAsync(http.ToViewer(), id, new DraftProposalRequest(body.Clause ?? "", body.Bracket, body.Wording ?? ""), cancellationToken))
            .ToHttp(p => TypedResults.Created($"/api/texts/{p.TextId}/proposals", p));

    private static async Task<Results<Ok<ProposalView>, ValidationProblem, ProblemHttpResult>> SubmitAsync(HttpContext http, SubmitProposal submit, Guid proposalId, ExpectedVersionBody body, CancellationToken cancellationToken) =>
        body.ExpectedVersion is not { } expected
            ? Problems.Invalid("expectedVersion", "the draft's version as read is required")
            : (await submit.RunAsync(http.ToViewer(), proposalId, expected, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<Results<Ok<StoredVersionDto>, ValidationProblem, ProblemHttpResult>> FoldAsync(HttpContext http, FoldProposal fold, Guid proposalId, ExpectedVersionBody body, CancellationToken cancellationToken) =>
        body.ExpectedVersion is not { } expected
            ? Problems.Invalid("expectedVersion", "the text's version as read is required")
            : (await fold.RunAsync(http.ToViewer(), proposalId, expected, body.Round, cancellationToken)).ToHttp(v => TypedResults.Ok(new StoredVersionDto(v.TextId, v.Version, v.Hash)));
}
