using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Validation;
using Parley.Data;

namespace Parley.Application.Talks;

/// <summary>
/// The single write path of the talks record (see <see cref="IRecordWriter"/>). Every change ends in
/// <see cref="StageAsync"/> and <see cref="CommitAsync"/>, inside one transaction.
/// </summary>
internal sealed partial class RecordWriter(ParleyDbContext db, TimeProvider clock, ReadCache cache) : IRecordWriter
{
    public async Task<Outcome<T>> CreateAsync<T>(Viewer actor, T record, CancellationToken cancellationToken = default)
        where T : TalkRecord
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(record);
        if (!MayWriteAnything(actor))
        {
            return Outcome.Forbidden(ForbiddenRole(actor));
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var errors = await PrepareAsync(actor, record, before: null, pendingPersons: [], cancellationToken);
            if (errors is not null)
            {
                return errors.IsEmpty ? Outcome.Forbidden(ForbiddenVisibility(actor, record)) : Outcome.Invalid(errors.ToDictionary());
            }
            Stamp(record, version: 1, created: null);
            db.Add(record);
            await StageAsync(actor, AuditAction.Create, record, cancellationToken);
            await CommitAsync(transaction, cancellationToken);
            return Outcome.Ok(record);
        });
    }

    public async Task<Refusal?> CreateManyAsync(Viewer actor, IReadOnlyList<TalkRecord> records, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(records);
        if (!MayWriteAnything(actor))
        {
            return Outcome.Forbidden(ForbiddenRole(actor));
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var pendingPersons = new HashSet<Guid>(records.OfType<Domain.Talks.Person>().Select(p => p.Id));
            var pendingParties = records.OfType<Domain.Talks.Party>().ToList();
            foreach (var record in records)
            {
                var errors = await PrepareAsync(actor, record, before: null, pendingPersons, cancellationToken, pendingParties);
                if (errors is not null)
                {
                    db.ChangeTracker.Clear();
                    return errors.IsEmpty
                        ? Outcome.Forbidden(ForbiddenVisibility(actor, record))
                        : Outcome.Invalid(errors.ToDictionary());
                }
                Stamp(record, version: 1, created: null);
                db.Add(record);
                await StageAsync(actor, AuditAction.Create, record, cancellationToken);
            }
            await CommitAsync(transaction, cancellationToken);
            return null;
        });
    }

    public async Task<Outcome<T>> UpdateAsync<T>(Viewer actor, Guid id, T record, CancellationToken cancellationToken = default)
        where T : TalkRecord
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(record);
        if (!MayWriteAnything(actor))
        {
            return Outcome.Forbidden(ForbiddenRole(actor));
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var before = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (before is null || !VisibilityRules.CanRead(actor, before))
            {
                return Outcome.NotFound("record");
            }
            if (!VisibilityRules.CanWrite(actor, before))
            {
                return Outcome.Forbidden(ForbiddenVisibility(actor, before));
            }
            var expected = record.Version;
            record.Id = id;
            var errors = await PrepareAsync(actor, record, before, pendingPersons: [], cancellationToken);
            if (errors is not null)
            {
                return errors.IsEmpty ? Outcome.Forbidden(ForbiddenVisibility(actor, record)) : Outcome.Invalid(errors.ToDictionary());
            }
            if (before.Version != expected)
            {
                return Outcome.EditConflict(before.Version);
            }
            Stamp(record, expected + 1, before.CreatedUtc);
            var entry = db.Update(record);
            entry.Property(r => r.Version).OriginalValue = expected;
            await db.Timeline.Where(e => e.RecordId == id).ExecuteDeleteAsync(cancellationToken);
            await StageAsync(actor, AuditAction.Update, record, cancellationToken);
            try
            {
                await CommitAsync(transaction, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                db.ChangeTracker.Clear();
                return Outcome.EditConflict(await CurrentVersionAsync<T>(id, cancellationToken));
            }
            return Outcome.Ok(record);
        });
    }

    public async Task<Outcome<T>> DeleteAsync<T>(Viewer actor, Guid id, int expectedVersion, CancellationToken cancellationToken = default)
        where T : TalkRecord
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!MayWriteAnything(actor))
        {
            return Outcome.Forbidden(ForbiddenRole(actor));
        }
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var before = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
            if (before is null || !VisibilityRules.CanRead(actor, before))
            {
                return Outcome.NotFound("record");
            }
            if (!VisibilityRules.CanWrite(actor, before))
            {
                return Outcome.Forbidden(ForbiddenVisibility(actor, before));
            }
            if (before is Domain.Talks.Party party && await PartyInUseAsync(party.Code, cancellationToken))
            {
                var errors = new ValidationErrors();
                errors.Add(nameof(Domain.Talks.Party.Code), $"party {party.Code} is named by other records and cannot be deleted.");
                return Outcome.Invalid(errors.ToDictionary());
            }
            var deleted = await db.Set<T>().Where(r => r.Id == id && r.Version == expectedVersion).ExecuteDeleteAsync(cancellationToken);
            if (deleted == 0)
            {
                return Outcome.EditConflict(before.Version);
            }
            await db.Timeline.Where(e => e.RecordId == id).ExecuteDeleteAsync(cancellationToken);
            await StageAsync(actor, AuditAction.Delete, before, cancellationToken);
            await CommitAsync(transaction, cancellationToken);
            return Outcome.Ok(before);
        });
    }
}
