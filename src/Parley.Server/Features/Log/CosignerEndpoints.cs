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

    private static async Task<Results<Ok<CosignerKey>, ValidationProblem>> RegisterAsync(
        CosignerKey body, HttpContext http, PartyKeys keys, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(body.Party))
        {
            return Problems.Invalid("party", "is required: the party whose key this is (code or name).");
        }
        var outcome = await keys.RegisterAsync(http.ToViewer(), body.Party, body.VerifierKey ?? "", cancellationToken);
        return outcome.Ok
            ? TypedResults.Ok(new CosignerKey(outcome.Key!.VerifierKey, outcome.Key.Party))
            : Problems.Invalid("verifierKey", outcome.Message + (outcome.Message.StartsWith("Not a verifier key", StringComparison.Ordinal) ? " (parley keys new prints the verifier key)" : ""));
    }

    private static async Task<Results<Ok<CosignerKey>, NotFound, ValidationProblem>> RevokeAsync(
        CosignerKey body, HttpContext http, PartyKeys keys, CancellationToken cancellationToken)
    {
        if (await keys.FindAsync(body.VerifierKey ?? "", cancellationToken) is not { } key)
        {
            return TypedResults.NotFound();
        }
        var outcome = await keys.RevokeAsync(http.ToViewer(), key.Id, cancellationToken);
        return outcome.Ok ? TypedResults.Ok(new CosignerKey(key.VerifierKey, key.Party)) : Problems.Invalid("verifierKey", outcome.Message);
    }
}
