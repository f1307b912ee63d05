using Microsoft.EntityFrameworkCore;
using Parley.Data.Humanitarian;
using Parley.Domain.Humanitarian;

namespace Parley.Application.Humanitarian.Exchanges;

public sealed partial class ExchangeService
{
    /// <summary>
    /// The differences of each confirmed batch, for a list of batches the reader may already see: reconciled from the
    /// manifest's commitments and the signed confirmations alone, so no personal data is opened.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, ExchangeDifferences>> DifferencesAsync(IReadOnlyList<ExchangeBatchRecord> batches, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batches);
        var confirmed = batches.Where(b => b.FirstConfirmed || b.SecondConfirmed).ToList();
        var ids = confirmed.Select(b => b.Id).ToList();
        var lines = await (from m in db.BatchMembers.AsNoTracking()
                           join h in db.RegistryPersons.AsNoTracking() on m.HeldRecordId equals h.Id
                           where ids.Contains(m.BatchId)
                           select new { m.BatchId, h.Commitment, h.HeldBy, h.Category, h.Priorities }).ToListAsync(cancellationToken);
        var signatures = await db.BatchSignatures.AsNoTracking().Where(s => ids.Contains(s.BatchId) && s.Kind == SignatureKind.Confirmation).ToListAsync(cancellationToken);
        var result = new Dictionary<Guid, ExchangeDifferences>();
        foreach (var batch in confirmed)
        {
            var manifest = new ExchangeManifest(batch.Id.ToString(), batch.ToTerms(),
                lines.Where(l => l.BatchId == batch.Id).Select(l => new ManifestLine(l.Commitment, l.HeldBy, l.Category, l.Priorities)).ToList());
            result[batch.Id] = ExchangeDifferences.Of(Outcomes(manifest, batch, signatures.Where(s => s.BatchId == batch.Id).ToList()));
        }
        return result;
    }
}
