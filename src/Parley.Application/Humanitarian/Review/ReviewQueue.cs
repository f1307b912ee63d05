using Parley.Application.Outcomes;
using Parley.Application.Log;
using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian.Registry;
using Parley.Data;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Review;

/// <summary>
/// Uncertain pairs for a host officer to decide, best first. A decision records who and when and is
/// never lost; confirming a pair makes the two records one person with both sides' identifiers.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "Officers call it the review queue: pairs waiting, best first.")]
public sealed partial class ReviewQueue(ParleyDbContext db, RegistryReader registry, HumanitarianParties parties, TimeProvider clock)
{
    /// <summary>The refusal's code when one of the two records is already confirmed as another person.</summary>
    public const string AlreadyLinked = "already-linked";

    /// <summary>The refusal's code when a decided pair is decided again without a reason (revise it instead).</summary>
    public const string AlreadyDecided = "already-decided";

    public async Task<(IReadOnlyList<ReviewItem> Items, int Remaining)?> PendingAsync(Viewer viewer, int take, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(viewer, known.Access))
            return null;
        var pending = Designated(viewer, known, db.PersonLinks.AsNoTracking().Where(l => l.Status == LinkStatus.Review));
        var remaining = await pending.CountAsync(cancellationToken);
        var links = await pending.OrderByDescending(l => l.Score).ThenBy(l => l.Id).Take(Math.Clamp(take, 1, 200)).ToListAsync(cancellationToken);
        return (await ItemsAsync(viewer, links, context, cancellationToken), remaining);
    }

    /// <summary>Confirmed pairs (one person each), for composing batches.</summary>
    public async Task<IReadOnlyList<ReviewItem>?> ConfirmedAsync(Viewer viewer, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(viewer, known.Access))
            return null;
        var links = await Designated(viewer, known, db.PersonLinks.AsNoTracking().Where(l => l.Status == LinkStatus.Confirmed)).OrderByDescending(l => l.Score).ToListAsync(cancellationToken);
        return await ItemsAsync(viewer, links, context, cancellationToken);
    }

    public async Task<Outcome<string>> DecideAsync(Viewer viewer, Guid linkId, int version, bool samePerson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(viewer, known.Access))
            return Outcome.Forbidden("Only the host's humanitarian officers decide pairs.");
        var link = await Designated(viewer, known, db.PersonLinks).FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null)
            return Outcome.NotFound("pair");
        if (link.Version != version)
            return Outcome.Conflict($"Someone decided this pair first ({link.Status} by {link.DecidedBy}); reload it.", link.Version);
        if (link.Status != LinkStatus.Review)
            return Outcome.Conflict($"This pair was already decided ({link.Status}); revise the decision with a reason instead.", link.Version) with { Code = AlreadyDecided };
        if (samePerson && await db.PersonLinks.AnyAsync(l => l.Id != linkId && l.Status == LinkStatus.Confirmed
                && (l.LeftPersonId == link.LeftPersonId || l.RightPersonId == link.RightPersonId), cancellationToken))
            return Outcome.Conflict("One of these records is already confirmed as another person; undo that pair first.") with { Code = AlreadyLinked };
        Record(link, samePerson ? LinkStatus.Confirmed : LinkStatus.Rejected, viewer, null);
        try
        {
            await Changes.CommitAsync(db, () => LogAppender.AppendCommitmentAsync(db, viewer, "person-link.decide", link.Id.ToString(), link.Version,
                new { id = link.Id, left = link.LeftPersonId, right = link.RightPersonId, status = link.Status, by = link.DecidedBy }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict("Someone decided this pair at the same moment; reload it.");
        }
        return Outcome.Ok(samePerson ? "Confirmed: one person with both sides' identifiers." : "Rejected: two different people.");
    }

    /// <summary>
    /// Pairs whose two persons were both listed by parties that designated the viewer's host: a host sees a pair only
    /// with both sides' consent (a pair of one consenting and one silent party stays hidden).
    /// </summary>
    private IQueryable<PersonLink> Designated(Viewer viewer, HumanitarianParties.Known known, IQueryable<PersonLink> links)
    {
        var designating = known.Access.PartiesDesignating(HostAccess.HostOf(viewer)).ToList();
        var visible = db.RegistryPersons.Where(p => designating.Contains(p.ListedBy)).Select(p => p.Id);
        return links.Where(l => visible.Contains(l.LeftPersonId) && visible.Contains(l.RightPersonId));
    }

    private async Task<IReadOnlyList<ReviewItem>> ItemsAsync(Viewer viewer, IReadOnlyList<PersonLink> links, ReadContext context, CancellationToken cancellationToken)
    {
        var ids = links.SelectMany(l => new[] { l.LeftPersonId, l.RightPersonId }).Distinct().ToList();
        var rows = await db.RegistryPersons.AsNoTracking().Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken);
        var shown = (await registry.ShowAsync(viewer, rows, context, cancellationToken)).ToDictionary(e => e.Id);
        return links.Select(l => new ReviewItem(l.Id, l.Version, l.Score, l.Explanation, l.Status, shown[l.LeftPersonId], shown[l.RightPersonId])
        {
            Waterfall = Linking.LinkWaterfall.Parse(l.Waterfall),
        }).ToList();
    }
}
