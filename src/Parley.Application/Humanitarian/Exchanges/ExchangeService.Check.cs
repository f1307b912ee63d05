using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Data.Humanitarian;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Application.Humanitarian.Exchanges;

public sealed partial class ExchangeService
{
    /// <summary>
    /// Checks a batch as it is being composed, before anything is stored: the same <see cref="BatchComposer"/> check
    /// a stored batch gets, over the same pool and other batches, from commitments alone (no personal data is
    /// opened). Problems name each person by the holding side's record id, as <see cref="BatchMemberView.HeldRecordId"/>.
    /// Null for anyone but the host's officers, who alone compose batches.
    /// </summary>
    public async Task<BatchComposition?> CheckAsync(Viewer viewer, string firstParty, string secondParty, IReadOnlyList<CategoryTerms> terms, IReadOnlyList<Guid> linkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(terms);
        ArgumentNullException.ThrowIfNull(linkIds);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(viewer, known.Access))
            return null;
        var draft = new ExchangeBatchRecord
        {
            FirstParty = known.Resolve(firstParty) ?? firstParty,
            SecondParty = known.Resolve(secondParty) ?? secondParty,
            Terms = [.. terms],
        };
        var links = await db.PersonLinks.AsNoTracking().Where(l => linkIds.Contains(l.Id)).ToListAsync(cancellationToken);
        var personIds = links.SelectMany(l => new[] { l.LeftPersonId, l.RightPersonId }).ToList();
        var persons = await db.RegistryPersons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var selected = links.Select(l => (Link: l, Held: Holder(persons[l.LeftPersonId], persons[l.RightPersonId])))
            .Select(x => new ExchangeCandidate(x.Held.Id.ToString(), x.Held.HeldBy, x.Held.Category, x.Held.Priorities, x.Link.Status == LinkStatus.Confirmed))
            .ToList();
        var pool = await PoolAsync(draft, cancellationToken);
        var others = await db.BatchMembers.AsNoTracking().Select(m => m.HeldRecordId).ToListAsync(cancellationToken);
        return BatchComposer.Check(draft.ToTerms(), selected, pool, others.Select(o => o.ToString()).ToHashSet());
    }

    /// <summary>The record of the side holding a confirmed pair's person: the one released, named in the manifest.</summary>
    public static RegistryEntry HolderOf(RegistryEntry left, RegistryEntry right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return left.ListedBy == left.HeldBy ? left : right.ListedBy == right.HeldBy ? right : left;
    }
}
