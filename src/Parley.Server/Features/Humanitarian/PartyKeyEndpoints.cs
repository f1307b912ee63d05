using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Data.Keys;
using Parley.Server.Api;
using Parley.Server.Auth;
using Parley.Application.Humanitarian.Keys;

namespace Parley.Server.Features.Humanitarian;

/// <summary>Parties' registered verifier keys (public), their registration and revocation (administrators), and the personal-data read trail.</summary>
public static class PartyKeyEndpoints
{
    public static RouteGroupBuilder MapPartyKeys(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/keys").WithTags("Keys");
        group.MapGet("/", ListAsync).WithSummary("Parties' verifier keys, with registration and revocation dates.");
        group.MapPost("/", RegisterAsync).RequireAuthorization(ParleyPolicies.Administrator).WithSummary("Registers a party's verifier key (public key only).");
        group.MapPost("/{id:guid}/revoke", RevokeAsync).RequireAuthorization(ParleyPolicies.Administrator).WithSummary("Revokes a party's key.");
        app.MapGet("/api/audit/personal-data", ReadsAsync).WithTags("Audit").RequireAuthorization(ParleyPolicies.Administrator)
            .WithSummary("Who read which personal record, when and from where; ?format=csv to export.");
        return group;
    }

    private static async Task<Ok<IReadOnlyList<PartyKey>>> ListAsync(PartyKeys keys, CancellationToken cancellationToken) =>
        TypedResults.Ok(await keys.ListAsync(cancellationToken));

    private static async Task<Results<Created<PartyKey>, ValidationProblem, ProblemHttpResult>> RegisterAsync(HttpContext http, PartyKeys keys, RegisterKeyRequest request, CancellationToken cancellationToken) =>
        (await keys.RegisterAsync(http.ToViewer(), request.Party ?? "", request.VerifierKey ?? "", cancellationToken))
            .ToHttp(key => TypedResults.Created($"/api/keys/{key.Id}", key));

    private static async Task<Results<Ok<PartyKey>, ValidationProblem, ProblemHttpResult>> RevokeAsync(HttpContext http, PartyKeys keys, Guid id, CancellationToken cancellationToken) =>
        (await keys.RevokeAsync(http.ToViewer(), id, cancellationToken)).ToHttp(TypedResults.Ok);

    private static async Task<IResult> ReadsAsync(ParleyDbContext db, string? format, int? count, CancellationToken cancellationToken)
    {
        if (Paging.CheckCount(count, 100_000) is { } bad)
        {
            return bad;
        }
        var rows = await db.PersonalDataReads.AsNoTracking().OrderByDescending(r => r.Id).Take(Math.Clamp(count ?? 500, 1, 100_000)).ToListAsync(cancellationToken);
        if (!string.Equals(format, "csv", StringComparison.OrdinalIgnoreCase))
            return TypedResults.Ok(rows);
        var csv = new StringBuilder("id,at_utc,user,role,party,record_kind,record_id,purpose,remote_address\n");
        foreach (var r in rows)
            csv.Append(CultureInfo.InvariantCulture, $"{r.Id},{r.AtUtc:O},{Cell(r.UserName)},{r.Role},{r.Party},{r.RecordKind},{r.RecordId},{Cell(r.Purpose)},{r.RemoteAddress}\n");
        return TypedResults.Text(csv.ToString(), "text/csv; charset=utf-8");
    }

    // Quotes a value and neutralises a formula-like start with the lists' one guard (CSV injection).
    private static string Cell(string value) =>
        "\"" + Parley.Lists.FormulaGuard.Neutralise(value).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
