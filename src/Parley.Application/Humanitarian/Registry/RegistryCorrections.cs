using Parley.Application.Outcomes;
using Parley.Application.Log;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;
using Parley.Application.Humanitarian.Protection;
using Parley.Data;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Registry;

/// <summary>
/// Corrects or erases a listed person's sealed record without touching the log's past. A correction seals the new
/// details under a fresh salt and commitment and logs <c>person.corrected</c> naming the old commitment; an erasure
/// deletes the sealed blob, and the salt inside it, and logs <c>person.erased</c>. Earlier entries still verify; the
/// erased commitment can no longer be opened by anyone. Only officers of the listing party or of the host may do either.
/// </summary>
public sealed class RegistryCorrections(ParleyDbContext db, PersonSealer sealer, HumanitarianParties parties, TimeProvider clock)
{
    public async Task<Outcome<Correction>> CorrectAsync(Viewer actor, Guid id, int version, IReadOnlyDictionary<string, string?> fields, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(fields);
        var (row, refusal) = await LoadAsync(actor, id, version, reason, cancellationToken);
        if (refusal is not null)
            return refusal;
        if (row!.Sealed is null)
            return Outcome.Conflict("The record was erased; there is nothing to correct.", row.Version);
        if (await InSignedBatchAsync(id, cancellationToken))
            return Outcome.Conflict("The person is in a batch whose manifest has been signed; its commitment cannot change.", row.Version);
        var (details, invalid) = PersonCorrection.Apply(sealer.Open(row.Id, row.Sealed, row.Commitment), fields);
        if (details is null)
            return invalid!;

        var before = row.Commitment;
        var (commitment, sealedData) = sealer.Seal(row.Id, details);
        row.Commitment = commitment;
        row.Sealed = sealedData;
        row.Priorities = PersonCorrection.Priorities(details, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        row.Version++;
        var changed = fields.Keys.Select(k => k.Trim().ToLowerInvariant()).Distinct().Order(StringComparer.Ordinal).ToArray();
        Audit(actor, AuditAction.Update, row, $"Listed person of {row.ListedBy} corrected ({string.Join(", ", changed)}): {reason!.Trim()}");
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "person.corrected", new
        {
            id = row.Id,
            listedBy = row.ListedBy,
            version = row.Version,
            corrects = before,
            commitment,
            fields = changed,
        }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(new Correction($"Corrected; the new commitment {commitment} replaces {before}.", commitment, row.Version));
    }

    public async Task<Outcome<Correction>> EraseAsync(Viewer actor, Guid id, int version, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (row, refusal) = await LoadAsync(actor, id, version, reason, cancellationToken);
        if (refusal is not null)
            return refusal;
        if (row!.Sealed is null)
            return Outcome.Conflict("The record was already erased.", row.Version);
        row.Sealed = null;
        row.ErasedAtUtc = clock.GetUtcNow().UtcDateTime;
        row.Version++;
        Audit(actor, AuditAction.Delete, row, $"Listed person of {row.ListedBy} erased: {reason!.Trim()}");
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "person.erased", new
        {
            id = row.Id,
            listedBy = row.ListedBy,
            version = row.Version,
            commitment = row.Commitment,
        }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(new Correction($"Erased; commitment {row.Commitment} stays in the log and can no longer be opened.", row.Commitment, row.Version));
    }

    private async Task<(RegistryPerson? Row, Refusal? Refusal)> LoadAsync(Viewer actor, Guid id, int version, string? reason, CancellationToken cancellationToken)
    {
        var known = await parties.LoadAsync(cancellationToken);
        var row = await db.RegistryPersons.FirstOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (row is null || !HumanitarianAccess.CanFileFor(actor, row.ListedBy, known.Access))
            return (null, Outcome.NotFound("listed person"));
        if (row.Version != version)
            return (null, Outcome.EditConflict(row.Version));
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
            return (null, Outcome.Invalid("reason", "say why, in 1 to 500 characters, without personal data: it goes to the audit trail, which mediators read."));
        return (row, null);
    }

    private Task<bool> InSignedBatchAsync(Guid id, CancellationToken cancellationToken) =>
        (from m in db.BatchMembers
         join b in db.ExchangeBatches on m.BatchId equals b.Id
         where m.HeldRecordId == id && (b.FirstSignedManifest || b.SecondSignedManifest)
         select m).AnyAsync(cancellationToken);

    private void Audit(Viewer actor, AuditAction action, RegistryPerson row, string summary) =>
        db.Audit.Add(AuditEntry.For(actor, action, RecordKind.ListedPerson, row.Id, row.Version, summary, clock.GetUtcNow().UtcDateTime));
}
