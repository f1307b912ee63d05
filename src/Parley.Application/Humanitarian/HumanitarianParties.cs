using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

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
