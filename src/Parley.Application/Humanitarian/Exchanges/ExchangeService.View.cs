using Microsoft.EntityFrameworkCore;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Exchanges;

public sealed partial class ExchangeService
{
    /// <summary>A batch for an officer of the host or of one of its two parties; reads of shown records are audited.</summary>
    public async Task<BatchView?> ViewAsync(Viewer viewer, Guid batchId, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var known = await parties.LoadAsync(cancellationToken);
        var batch = await db.ExchangeBatches.AsNoTracking().FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null || !HumanitarianAccess.IsOfficer(viewer)
            || !(HumanitarianAccess.IsHostOfficer(viewer, known.Access) || batch.FirstParty == viewer.Party || batch.SecondParty == viewer.Party))
            return null;

        var composed = await ComposeAsync(batch, cancellationToken);
        var ids = composed.Members.SelectMany(m => new[] { m.Held.Id, m.OtherId }).ToList();
        var visible = (await registry.Visible(viewer, known).Where(p => ids.Contains(p.Id)).ToListAsync(cancellationToken));
        var shown = (await registry.ShowAsync(viewer, visible, context, cancellationToken)).ToDictionary(e => e.Id);
        var views = composed.Members.Select(m => new BatchMemberView(m.LinkId, m.Held.Id, m.Held.HeldBy, m.Held.Category, m.Held.Priorities,
            m.Held.Commitment, shown.GetValueOrDefault(m.Held.Id), shown.GetValueOrDefault(m.OtherId))).ToList();
        var signatures = await db.BatchSignatures.AsNoTracking().Where(s => s.BatchId == batchId).OrderBy(s => s.Id).ToListAsync(cancellationToken);
        return new BatchView(batch, batch.Signatures.Status, views, composed.Composition, composed.Manifest,
            ExchangeStatements.Manifest(composed.Manifest).ToText(), signatures, Outcomes(composed.Manifest, batch, signatures));
    }

    private sealed record ComposedMember(Guid LinkId, RegistryPerson Held, Guid OtherId);

    private sealed record Composed(IReadOnlyList<ComposedMember> Members, ExchangeManifest Manifest, BatchComposition Composition);

    /// <summary>The batch's members, manifest and composition check, from commitments alone: no personal data is opened.</summary>
    private async Task<Composed> ComposeAsync(ExchangeBatchRecord batch, CancellationToken cancellationToken)
    {
        var members = await (from m in db.BatchMembers.AsNoTracking()
                             join l in db.PersonLinks.AsNoTracking() on m.LinkId equals l.Id
                             join h in db.RegistryPersons.AsNoTracking() on m.HeldRecordId equals h.Id
                             where m.BatchId == batch.Id
                             select new { m.LinkId, Held = h, l.LeftPersonId, l.RightPersonId }).ToListAsync(cancellationToken);
        var composed = members
            .Select(x => new ComposedMember(x.LinkId, x.Held, x.LeftPersonId == x.Held.Id ? x.RightPersonId : x.LeftPersonId))
            .OrderBy(m => m.Held.HeldBy, StringComparer.Ordinal).ThenBy(m => m.Held.Commitment, StringComparer.Ordinal).ToList();
        var manifest = new ExchangeManifest(batch.Id.ToString(), batch.ToTerms(),
            composed.Select(m => new ManifestLine(m.Held.Commitment, m.Held.HeldBy, m.Held.Category, m.Held.Priorities)).ToList());
        var pool = await PoolAsync(batch, cancellationToken);
        var others = await db.BatchMembers.AsNoTracking().Where(m => m.BatchId != batch.Id).Select(m => m.HeldRecordId).ToListAsync(cancellationToken);
        var selected = composed.Select(m => new ExchangeCandidate(m.Held.Id.ToString(), m.Held.HeldBy, m.Held.Category, m.Held.Priorities, true)).ToList();
        var composition = BatchComposer.Check(batch.ToTerms(), selected, pool, others.Select(o => o.ToString()).ToHashSet());
        return new Composed(composed, manifest, composition);
    }

    /// <summary>Every confirmed person held by either party: the batch must not leave their wounded behind.</summary>
    private async Task<List<ExchangeCandidate>> PoolAsync(ExchangeBatchRecord batch, CancellationToken cancellationToken)
    {
        var pairs = await (from l in db.PersonLinks.AsNoTracking()
                           join a in db.RegistryPersons.AsNoTracking() on l.LeftPersonId equals a.Id
                           join b in db.RegistryPersons.AsNoTracking() on l.RightPersonId equals b.Id
                           where l.Status == LinkStatus.Confirmed
                           select new { a, b }).ToListAsync(cancellationToken);
        return pairs.Select(x => Holder(x.a, x.b))
            .Where(h => h.HeldBy == batch.FirstParty || h.HeldBy == batch.SecondParty)
            .Select(h => new ExchangeCandidate(h.Id.ToString(), h.HeldBy, h.Category, h.Priorities, true)).ToList();
    }

    private static IReadOnlyList<PersonExchangeOutcome> Outcomes(ExchangeManifest manifest, ExchangeBatchRecord batch, IReadOnlyList<BatchSignature> signatures)
    {
        ExchangeConfirmation? Of(string party) => signatures
            .Where(s => s.Kind == SignatureKind.Confirmation && s.Party == party)
            .Select(s => new ExchangeConfirmation(party, s.Released.ToHashSet(), s.Received.ToHashSet()))
            .FirstOrDefault();
        var first = Of(batch.FirstParty);
        var second = Of(batch.SecondParty);
        return first is null && second is null ? [] : ExchangeReconciliation.Reconcile(manifest, first, second);
    }
}
