using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Data;

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
