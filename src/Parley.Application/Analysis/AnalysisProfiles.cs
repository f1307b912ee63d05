using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Humanitarian;
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

namespace Parley.Application.Analysis;

/// <summary>
/// Reads the parties' analysis profiles as <see cref="VisibilityRules.CanRead(Viewer, AnalysisProfile)"/> allows: a
/// delegation member its own party's; a mediator those the parties shared; nobody another party's. Writes go through
/// the record writer like every other record.
/// </summary>
public sealed class AnalysisProfiles(ParleyDbContext db)
{
    public async Task<IReadOnlyList<AnalysisProfile>> ListAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var party = VisibilityRules.PrivateParty(viewer);
        var mediator = VisibilityRules.SeesMediatorOnly(viewer);
        if (party is null && !mediator)
        {
            return [];
        }
        var rows = await db.AnalysisProfiles.AsNoTracking()
            .Where(p => (party != null && p.Visibility == Visibility.PartyPrivate && p.OwnerParty == party) || (mediator && p.SharedWithMediators))
            .ToListAsync(cancellationToken);
        // The rule is applied once more in memory: the SQL filter is an optimisation, not the authority.
        return [.. rows.Where(p => VisibilityRules.CanRead(viewer, p)).OrderBy(p => p.Party, StringComparer.Ordinal)];
    }

    /// <summary>The viewer's own party's profile, or null (none saved yet, or the viewer has no party).</summary>
    public async Task<AnalysisProfile?> OwnAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var party = VisibilityRules.PrivateParty(viewer);
        return party is null ? null : (await ListAsync(viewer, cancellationToken)).FirstOrDefault(p => p.Party == party);
    }
}
