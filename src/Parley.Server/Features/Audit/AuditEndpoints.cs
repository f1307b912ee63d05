using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Parley.Data;
using Parley.Data.Entities;
using Parley.Server.Api;
using Parley.Server.Auth;

namespace Parley.Server.Features.Audit;

public static class AuditEndpoints
{
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/audit").WithTags("Audit").RequireAuthorization(ParleyPolicies.Mediator);
        group.MapGet("/", ReadAsync).WithName("Audit").WithSummary("The latest changes: who, when, what (mediators and administrators).");
        return group;
    }

    private static async Task<Results<Ok<List<AuditEntry>>, ValidationProblem>> ReadAsync(ParleyDbContext db, int? count, CancellationToken cancellationToken) =>
        Paging.CheckCount(count, 500) is { } bad
            ? bad
            : TypedResults.Ok(await db.Audit.AsNoTracking().OrderByDescending(a => a.Id).Take(count ?? 50).ToListAsync(cancellationToken));
}
