using Parley.Application.Log;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Talks;
using Parley.Domain.Validation;

namespace Parley.Application.Talks;

internal sealed partial class RecordWriter
{
    private static bool MayWriteAnything(Viewer actor) =>
        actor.Role is ParleyRole.Administrator or ParleyRole.Mediator or ParleyRole.Delegation;

    private static string ForbiddenRole(Viewer actor) =>
        $"A {actor.Role.ToString().ToLowerInvariant()} may read the record but not change it.";

    private static string ForbiddenVisibility(Viewer actor, TalkRecord record) => actor.Role == ParleyRole.Delegation
        ? $"A delegation member may only write their own party's ({actor.Party}) party-private drafts of positions and notes."
        : $"Mediators do not write a party's private drafts ({record.Kind} owned by {record.OwnerParty}).";

    /// <summary>
    /// Resolves parties, fills derived values and validates. Returns null when the change may go ahead, an empty
    /// set when the actor may not write the record as it now stands, and the errors otherwise.
    /// </summary>
    private async Task<ValidationErrors?> PrepareAsync(
        Viewer actor,
        TalkRecord record,
        TalkRecord? before,
        HashSet<Guid> pendingPersons,
        CancellationToken cancellationToken,
        IReadOnlyList<Party>? pendingParties = null)
    {
        var errors = new ValidationErrors();
        var parties = await db.Parties.AsNoTracking().ToListAsync(cancellationToken);
        if (pendingParties is not null)
        {
            parties.AddRange(pendingParties);
        }
        record.ResolveParties(new PartyResolver(parties), errors);
        record.Normalise();
        record.Validate(errors);
        if (before is not null)
        {
            record.ValidateChange(before, errors);
        }
        if (!VisibilityRules.CanWrite(actor, record))
        {
            return new ValidationErrors();
        }
        await CheckReferencesAsync(record, before, pendingPersons, errors, cancellationToken);
        return errors.IsEmpty ? null : errors;
    }

    private async Task CheckReferencesAsync(TalkRecord record, TalkRecord? before, HashSet<Guid> pendingPersons, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (before is null && record.Id != Guid.Empty && await db.Set<AuditEntry>().AnyAsync(a => a.RecordId == record.Id, cancellationToken))
        {
            errors.Add(nameof(TalkRecord.Id), $"{record.Id} is already taken.");
        }
        if (record is Party party && before is null && await db.Parties.AnyAsync(p => p.Code == party.Code, cancellationToken))
        {
            errors.Add(nameof(Party.Code), $"a party with code {party.Code} already exists.");
        }
        var persons = record.ReferencedPersons().Where(id => !pendingPersons.Contains(id)).Distinct().ToList();
        if (persons.Count == 0)
        {
            return;
        }
        var known = await db.Persons.AsNoTracking().Where(p => persons.Contains(p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        foreach (var missing in persons.Except(known))
        {
            errors.Add("Persons", $"{missing} is not a known person.");
        }
    }

    private void Stamp(TalkRecord record, int version, DateTime? created)
    {
        // Whole microseconds, as PostgreSQL keeps them: the record read back must open the commitment made from it.
        var now = clock.GetUtcNow().UtcDateTime;
        now = now.AddTicks(-(now.Ticks % 10));
        if (record.Id == Guid.Empty)
        {
            record.Id = Guid.CreateVersion7(clock.GetUtcNow());
        }
        record.Version = version;
        record.CreatedUtc = created ?? now;
        record.UpdatedUtc = now;
    }

    /// <summary>
    /// Stages everything that accompanies a change, in the change's transaction: the timeline projection, the
    /// audit row and the change's verifiable-log entry (<see cref="LogAppender"/>: a public record in the clear, any
    /// other as a salted commitment), so the record, its audit row and its log entry commit together or not at all.
    /// </summary>
    private async Task StageAsync(Viewer actor, AuditAction action, TalkRecord record, CancellationToken cancellationToken)
    {
        await LogAppender.AppendRecordAsync(db, actor, action, record, clock.GetUtcNow(), cancellationToken);
        // The version as stored, for the record's history (who changed what, and the diff between versions).
        db.RecordVersions.Add(new RecordVersionRow
        {
            RecordId = record.Id,
            Kind = record.Kind,
            Version = record.Version,
            Action = action,
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = actor.Name ?? actor.UserId ?? "anonymous",
            ActorRole = actor.Role.ToString().ToLowerInvariant(),
            ActorParty = actor.Party,
            Visibility = record.Visibility,
            OwnerParty = record.OwnerParty,
            Content = LogAppender.Content(record).GetRawText(),
        });
        if (action != AuditAction.Delete)
        {
            db.Timeline.AddRange(TimelineProjection.For(record));
        }
        db.Audit.Add(new AuditEntry
        {
            AtUtc = clock.GetUtcNow().UtcDateTime,
            Actor = actor.Name ?? actor.UserId ?? "anonymous",
            ActorRole = actor.Role.ToString().ToLowerInvariant(),
            ActorParty = actor.Party,
            Action = action,
            Kind = record.Kind,
            RecordId = record.Id,
            Version = record.Version,
            Summary = RecordSummary.Of(record),
        });
    }

    private async Task CommitAsync(IDbContextTransaction transaction, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        cache.Invalidate();
    }

    private async Task<int?> CurrentVersionAsync<T>(Guid id, CancellationToken cancellationToken)
        where T : TalkRecord =>
        await db.Set<T>().AsNoTracking().Where(r => r.Id == id).Select(r => (int?)r.Version).FirstOrDefaultAsync(cancellationToken);

    private async Task<bool> PartyInUseAsync(string code, CancellationToken cancellationToken)
    {
        var marker = "|" + code + "|";
        return await db.Timeline.AnyAsync(e => e.Parties.Contains(marker) || e.OwnerParty == code, cancellationToken)
            || await db.Persons.AnyAsync(p => p.Party == code, cancellationToken)
            || await db.Positions.AnyAsync(p => p.Party == code, cancellationToken)
            || await db.Users.AnyAsync(u => u.Party == code, cancellationToken);
    }
}
