using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Data;
using Parley.Data.Humanitarian;
using Parley.Application.Humanitarian.Protection;

namespace Parley.Application.Humanitarian.Registry;

/// <summary>
/// Reads listed persons for those allowed to see them (<see cref="HumanitarianAccess"/>), writing an
/// audit row for every record whose personal data is shown, in the same transaction as the read.
/// </summary>
public sealed class RegistryReader(ParleyDbContext db, PersonSealer sealer, HumanitarianParties parties, PersonalDataAudit audit)
{
    public const string Kind = "registry-person";

    public async Task<IReadOnlyList<RegistryEntry>?> ListAsync(Viewer viewer, RegistryQuery query, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(query);
        if (!HumanitarianAccess.IsOfficer(viewer))
            return null;
        var known = await parties.LoadAsync(cancellationToken);
        var rows = Visible(viewer, known);
        if (known.Resolve(query.ListedBy) is { } listedBy)
            rows = rows.Where(p => p.ListedBy == listedBy);
        if (query.Category is { } category)
            rows = rows.Where(p => p.Category == category);
        var size = Math.Clamp(query.PageSize, 1, RegistryQuery.MaxPageSize);
        var skip = (Math.Max(1, query.Page) - 1) * size;
        var ordered = rows.OrderBy(p => p.ListedBy).ThenBy(p => p.ListId).ThenBy(p => p.Line);
        var page = string.IsNullOrWhiteSpace(query.Name)
            ? await ordered.Skip(skip).Take(size).ToListAsync(cancellationToken)
            : await NamedAsync(ordered, query.Name.Trim(), skip, size, cancellationToken);
        return await ShowAsync(viewer, page, context, cancellationToken);
    }

    /// <summary>
    /// Names are sealed, so SQL cannot search them: the visible records are opened in memory and compared, and only
    /// those shown are read rows in the audit trail (as a linkage run opens records without showing them).
    /// </summary>
    private async Task<List<RegistryPerson>> NamedAsync(IQueryable<RegistryPerson> rows, string name, int skip, int size, CancellationToken cancellationToken)
    {
        var found = new List<RegistryPerson>();
        await foreach (var row in rows.Where(p => p.Sealed != null).AsAsyncEnumerable().WithCancellation(cancellationToken))
        {
            if (Open(row).Details is { } d && NameHas(d, name) && skip-- <= 0)
            {
                found.Add(row);
                if (found.Count == size)
                    break;
            }
        }
        return found;
    }

    private static bool NameHas(PersonDetails d, string part) =>
        d.FamilyName.Contains(part, StringComparison.CurrentCultureIgnoreCase)
        || d.GivenName.Contains(part, StringComparison.CurrentCultureIgnoreCase)
        || d.Patronymic.Contains(part, StringComparison.CurrentCultureIgnoreCase)
        || d.FullName.Contains(part, StringComparison.CurrentCultureIgnoreCase);

    public async Task<RegistryEntry?> GetAsync(Viewer viewer, Guid id, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!HumanitarianAccess.IsOfficer(viewer))
            return null;
        var known = await parties.LoadAsync(cancellationToken);
        var row = await Visible(viewer, known).FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        return row is null ? null : (await ShowAsync(viewer, [row], context, cancellationToken))[0];
    }

    /// <summary>The persons a viewer may see, as a query: the SQL filter mirrors <see cref="HumanitarianAccess.CanRead"/>.</summary>
    internal IQueryable<RegistryPerson> Visible(Viewer viewer, HumanitarianParties.Known known)
    {
        var rows = db.RegistryPersons.AsNoTracking();
        // As host: only the parties that designated this host by their own signed statement, never by roles alone.
        var designating = HumanitarianAccess.IsHostOfficer(viewer, known.Access) ? known.Access.PartiesDesignating(HostAccess.HostOf(viewer)).ToList() : [];
        var party = viewer.Party ?? "";
        var agreed = AgreedFor(party);
        return rows.Where(p => p.ListedBy == party || designating.Contains(p.ListedBy) || agreed.Contains(p.Id));
    }

    /// <summary>
    /// Persons the other party listed who are in a batch with <paramref name="party"/> that both parties
    /// signed: the record on either side of each member's link.
    /// </summary>
    private IQueryable<Guid> AgreedFor(string party)
    {
        var links = from m in db.BatchMembers
                    join b in db.ExchangeBatches on m.BatchId equals b.Id
                    join l in db.PersonLinks on m.LinkId equals l.Id
                    where b.FirstSignedManifest && b.SecondSignedManifest && (b.FirstParty == party || b.SecondParty == party)
                    select l;
        return links.Select(l => l.LeftPersonId).Concat(links.Select(l => l.RightPersonId));
    }

    internal async Task<IReadOnlyList<RegistryEntry>> ShowAsync(Viewer viewer, IReadOnlyList<RegistryPerson> rows, ReadContext context, CancellationToken cancellationToken)
    {
        var shown = rows.Select(Open).ToList();
        var reads = audit.Record(viewer, shown.Where(e => !e.Erased).Select(e => e.Id), Kind, context);
        await Changes.CommitReadsAsync(db, viewer, reads, audit.Clock, cancellationToken);
        return shown;
    }

    internal RegistryEntry Open(RegistryPerson p) => new(
        p.Id, p.ListId, p.ListedBy, p.HeldBy, p.SourceId, p.Category, p.Priorities, p.Commitment, p.ListedAtUtc,
        p.Sealed is null ? null : sealer.Open(p.Id, p.Sealed, p.Commitment), p.Version);
}
