using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Data;

namespace Parley.Application.Humanitarian;

/// <summary>The parties as the humanitarian track needs them: resolution by code or name, and which are hosts.</summary>
public sealed class HumanitarianParties(ParleyDbContext db)
{
    public sealed record Known(PartyResolver Resolver, IReadOnlySet<string> Hosts)
    {
        public string? Resolve(string? codeOrName) => codeOrName is null ? null : Resolver.Find(codeOrName);
    }

    public async Task<Known> LoadAsync(CancellationToken cancellationToken = default)
    {
        var all = await db.Parties.AsNoTracking().Where(p => p.Visibility == Visibility.Public).ToListAsync(cancellationToken);
        var hosts = all.Where(p => (p.Roles & (PartyRoles.Host | PartyRoles.Mediator)) != 0).Select(p => p.Code).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return new Known(new PartyResolver(all), hosts);
    }
}
