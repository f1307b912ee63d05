using Microsoft.AspNetCore.Http.HttpResults;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Storage;
using Parley.Server.Auth;

namespace Parley.Server.Features.Log;

/// <summary>
/// Parties' cosigner keys: anyone may list them (verifiers need them); an administrator registers a party's verifier
/// key (public key only) and revokes it.
/// </summary>
public static class CosignerEndpoints
{
    /// <summary>Maps <c>/log/cosigners</c>.</summary>
    public static RouteGroupBuilder MapCosigners(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/log/cosigners").WithTags("Log");
        group.MapGet("/", ListAsync);
        group.MapPost("/", RegisterAsync).RequireAuthorization(ParleyPolicies.Administrator);
        group.MapPost("/revoke", RevokeAsync).RequireAuthorization(ParleyPolicies.Administrator);
        return group;
    }

    private static async Task<Ok<IReadOnlyList<string>>> ListAsync(LedgerDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var keys = await new DbLogStore(connection).ActiveCosignersAsync(cancellationToken);
        return TypedResults.Ok<IReadOnlyList<string>>([.. keys.Select(k => k.ToString())]);
    }

    private static async Task<Results<Ok<CosignerKey>, ValidationProblem>> RegisterAsync(
        CosignerKey body, LedgerDatabase database, TimeProvider time, CancellationToken cancellationToken)
    {
        var (key, error) = Parse(body);
        if (key is null)
        {
            return Invalid(error);
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        await new DbLogStore(connection).RegisterCosignerAsync(key, time.GetUtcNow().ToUnixTimeSeconds(), cancellationToken);
        return TypedResults.Ok(new CosignerKey(key.ToString()));
    }

    private static async Task<Results<Ok<CosignerKey>, NotFound, ValidationProblem>> RevokeAsync(
        CosignerKey body, LedgerDatabase database, TimeProvider time, CancellationToken cancellationToken)
    {
        var (key, error) = Parse(body);
        if (key is null)
        {
            return Invalid(error);
        }
        await using var connection = await database.OpenAsync(cancellationToken);
        var revoked = await new DbLogStore(connection).RevokeCosignerAsync(key, time.GetUtcNow().ToUnixTimeSeconds(), cancellationToken);
        return revoked ? TypedResults.Ok(new CosignerKey(key.ToString())) : TypedResults.NotFound();
    }

    private static (NoteVerifier? Key, string Error) Parse(CosignerKey body)
    {
        try
        {
            return (NoteVerifier.Parse(body.VerifierKey ?? ""), "");
        }
        catch (LedgerFormatException e)
        {
            return (null, e.Message + " (parley keys new prints the verifier key)");
        }
    }

    private static ValidationProblem Invalid(string error) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["verifierKey"] = [error] });
}
