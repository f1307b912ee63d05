using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Data;

namespace Parley.Application.Humanitarian;

/// <summary>
/// The parties as the humanitarian track needs them: resolution by code or name, who may act as host, and which
/// hosts each party has designated by its own signed statement (<see cref="HostAccess"/>).
/// </summary>
public sealed class HumanitarianParties(ParleyDbContext db)
{
    public sealed record Known(PartyResolver Resolver, HostAccess Access)
    {
        public string? Resolve(string? codeOrName) => codeOrName is null ? null : Resolver.Find(codeOrName);
    }

    public async Task<Known> LoadAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Parties.AsNoTracking().Where(p => p.Visibility == Visibility.Public).ToListAsync(cancellationToken);
        // A belligerent never acts as host, whatever else its roles say: roles are an editable attribute.
        var hosts = all.Where(p => (p.Roles & (PartyRoles.Host | PartyRoles.Mediator)) != 0 && (p.Roles & PartyRoles.Belligerent) == 0)
            .Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var designations = (await db.HostDesignations.AsNoTracking().Where(d => d.RevokedAtUtc == null).Select(d => new { d.Party, d.Host }).ToListAsync(cancellationToken))
            .Select(d => (d.Party, d.Host)).ToHashSet();
        return new Known(new PartyResolver(all), new HostAccess(hosts, designations));
    }
}
