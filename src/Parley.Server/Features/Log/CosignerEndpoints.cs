using Parley.Application.Outcomes;
using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Humanitarian.Keys;

namespace Parley.Server.Features.Log;

/// <summary>
/// <c>/log/cosigners</c>, kept as an alias of the one party key registry (<c>/api/keys</c>, <see cref="PartyKeys"/>):
/// anyone lists the active keys (verifiers need them); an administrator registers a party's verifier key (public key
/// only, with its party) and revokes it. A revoked key is refused for cosignatures and signatures alike.
/// </summary>
public static class CosignerEndpoints
{
    /// <summary>Maps <c>/log/cosigners</c>.</summary>
    public static RouteGroupBuilder MapCosigners(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/log/cosigners").WithTags("Log");
        group.MapGet("/", ListAsync).WithSummary("Active party keys (alias of the /api/keys registry).");
        group.MapPost("/", RegisterAsync).RequireAuthorization(ParleyPolicies.Administrator).WithSummary("Registers a party's verifier key (alias of POST /api/keys).");
        group.MapPost("/revoke", RevokeAsync).RequireAuthorization(ParleyPolicies.Administrator).WithSummary("Revokes a party's key by its verifier string.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<string>>> ListAsync(PartyKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Ok<IReadOnlyList<string>>([.. (await keys.ActiveAsync(cancellationToken)).Select(k => k.ToString())]);

    private static async Task<Results<Ok<CosignerKey>, ValidationProblem, ProblemHttpResult>> RegisterAsync(
        CosignerKey body, HttpContext http, PartyKeys keys, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Party))
        {
            return Problems.Invalid("party", "is required: the party whose key this is (code or name).");
        }
        return (await keys.RegisterAsync(http.ToViewer(), body.Party, body.VerifierKey ?? "", cancellationToken))
            .ToHttp(key => TypedResults.Ok(new CosignerKey(key.VerifierKey, key.Party)));
    }

    private static async Task<Results<Ok<CosignerKey>, ValidationProblem, ProblemHttpResult>> RevokeAsync(
        CosignerKey body, HttpContext http, PartyKeys keys, CancellationToken cancellationToken)
    {
        if (await keys.FindAsync(body.VerifierKey ?? "", cancellationToken) is not { } key)
        {
            return OutcomeHttp.Problem(Outcome.NotFound("key"));
        }
        return (await keys.RevokeAsync(http.ToViewer(), key.Id, cancellationToken)).ToHttp(revoked => TypedResults.Ok(new CosignerKey(revoked.VerifierKey, revoked.Party)));
    }
}
