using Parley.Application.Outcomes;
using Parley.Application.Log;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Registry;
using Parley.Data;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Exchanges;

/// <summary>
/// Exchange batches: the host's officers compose them from confirmed pairs, checked against the terms
/// as they go; each party's key signs the manifest; each party confirms the exchange after it.
/// </summary>
public sealed partial class ExchangeService(ParleyDbContext db, RegistryReader registry, HumanitarianParties parties, PartyKeys keys, LogReader logReader, TimeProvider clock)
{
    public async Task<Outcome<BatchChange>> CreateAsync(Viewer actor, string name, string firstParty, string secondParty, IReadOnlyList<CategoryTerms> terms, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(terms);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(actor, known.Access))
            return Outcome.Forbidden("Only the host's humanitarian officers compose exchange batches.");
        if (known.Resolve(firstParty) is not { } first || known.Resolve(secondParty) is not { } second || first == second)
            return Outcome.Invalid($"An exchange needs two different known parties, got '{firstParty}' and '{secondParty}'.");
        if (Undesignated(actor, known, first, second) is { } refusal)
            return refusal;
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200)
            return Outcome.Invalid("name", "give the batch a name of 1 to 200 characters.");
        if (terms.Count == 0 || terms.Any(t => t.FirstCount < 1 || t.SecondCount < 1 || t.FirstTotal is < 1))
            return Outcome.Invalid("terms", "each category needs a ratio of positive whole numbers (1:1 for N-for-N) and, if given, a positive total.");
        if (terms.GroupBy(t => t.Category).Any(g => g.Count() > 1) || terms.Any(t => t.Category == PersonCategory.Child))
            return Outcome.Invalid("terms", "one line per category; children are returned through their cases, not exchanged.");
        var batch = new ExchangeBatchRecord
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            FirstParty = first,
            SecondParty = second,
            Terms = [.. terms],
            CreatedBy = actor.Name ?? actor.UserId ?? "unknown",
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            Version = 1,
        };
        db.ExchangeBatches.Add(batch);
        await CommitAsync(actor, AuditAction.Create, batch, $"Batch {batch.Name}: {first} ⇄ {second}", null, cancellationToken);
        return Outcome.Ok(new BatchChange($"Batch {batch.Name} created.", batch.Id));
    }

    /// <summary>Adds confirmed pairs to a batch that nobody has signed yet; each is released by the party holding them.</summary>
    public async Task<Outcome<BatchChange>> AddAsync(Viewer actor, Guid batchId, IReadOnlyList<Guid> linkIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(linkIds);
        var (batch, refusal) = await EditableAsync(actor, batchId, cancellationToken);
        if (batch is null)
            return refusal!;
        var links = await db.PersonLinks.AsNoTracking().Where(l => linkIds.Contains(l.Id) && l.Status == LinkStatus.Confirmed).ToListAsync(cancellationToken);
        var missing = linkIds.Except(links.Select(l => l.Id)).ToList();
        if (missing.Count > 0)
            return Outcome.Invalid($"Not confirmed pairs: {string.Join(", ", missing)}. Only persons confirmed on both sides' lists can be exchanged.");
        var personIds = links.SelectMany(l => new[] { l.LeftPersonId, l.RightPersonId }).ToList();
        var persons = await db.RegistryPersons.AsNoTracking().Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var present = await db.BatchMembers.Where(m => m.BatchId == batchId).Select(m => m.LinkId).ToListAsync(cancellationToken);
        foreach (var link in links.Where(l => !present.Contains(l.Id)))
        {
            var held = Holder(persons[link.LeftPersonId], persons[link.RightPersonId]);
            db.BatchMembers.Add(new BatchMember { BatchId = batchId, LinkId = link.Id, HeldRecordId = held.Id, ReleasedBy = held.HeldBy });
        }
        batch.Version++;
        await CommitAsync(actor, AuditAction.Update, batch, $"Batch {batch.Name}: {links.Count} persons added", null, cancellationToken);
        return Outcome.Ok(new BatchChange($"{links.Count} persons added.", batchId));
    }

    public async Task<Outcome<BatchChange>> RemoveAsync(Viewer actor, Guid batchId, Guid linkId, CancellationToken cancellationToken = default)
    {
        var (batch, refusal) = await EditableAsync(actor, batchId, cancellationToken);
        if (batch is null)
            return refusal!;
        var member = await db.BatchMembers.FirstOrDefaultAsync(m => m.BatchId == batchId && m.LinkId == linkId, cancellationToken);
        if (member is null)
            return Outcome.Invalid($"Pair {linkId} is not in this batch.");
        db.BatchMembers.Remove(member);
        batch.Version++;
        await CommitAsync(actor, AuditAction.Update, batch, $"Batch {batch.Name}: a person removed", null, cancellationToken);
        return Outcome.Ok(new BatchChange("Removed.", batchId));
    }

    public async Task<IReadOnlyList<ExchangeBatchRecord>> ListAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!HumanitarianAccess.IsOfficer(viewer))
            return [];
        var known = await parties.LoadAsync(cancellationToken);
        var rows = db.ExchangeBatches.AsNoTracking();
        if (!HumanitarianAccess.IsHostOfficer(viewer, known.Access))
            rows = rows.Where(b => b.FirstParty == viewer.Party || b.SecondParty == viewer.Party);
        return await rows.OrderByDescending(b => b.CreatedAtUtc).ToListAsync(cancellationToken);
    }

    private async Task<(ExchangeBatchRecord? Batch, Refusal? Refusal)> EditableAsync(Viewer actor, Guid batchId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(actor, known.Access))
            return (null, Outcome.Forbidden("Only the host's humanitarian officers compose exchange batches."));
        var batch = await db.ExchangeBatches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
            return (null, Outcome.NotFound("batch"));
        if (Undesignated(actor, known, batch.FirstParty, batch.SecondParty) is { } refusal)
            return (null, refusal);
        if (!batch.Signatures.Editable)
            return (null, Outcome.Conflict("The manifest has been signed; its list of persons can no longer change."));
        return (batch, null);
    }

    /// <summary>A host composes batches only between parties that have both designated it.</summary>
    private static Refusal? Undesignated(Viewer actor, HumanitarianParties.Known known, string first, string second) =>
        new[] { first, second }.FirstOrDefault(p => !HumanitarianAccess.HostMaySee(actor, p, known.Access)) is { } party
            ? Outcome.Forbidden($"{party} has not designated this host (a statement signed by {party}'s key): no batch with its persons.")
            : null;

    // The holding side's own record goes into the manifest; lists say who holds whom.
    private static RegistryPerson Holder(RegistryPerson a, RegistryPerson b) =>
        a.ListedBy == a.HeldBy ? a : b.ListedBy == b.HeldBy ? b : a;

    /// <summary>Saves a change to a batch with its audit row and a public log entry of the batch's state.</summary>
    private async Task CommitAsync(Viewer actor, AuditAction action, ExchangeBatchRecord batch, string summary, object? signature, CancellationToken cancellationToken)
    {
        Audit(actor, action, batch, summary);
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, $"exchange-batch.{action.ToString().ToLowerInvariant()}", new
        {
            id = batch.Id,
            name = batch.Name,
            parties = new[] { batch.FirstParty, batch.SecondParty },
            terms = batch.Terms,
            manifestSha256 = batch.ManifestHash,
            status = batch.Signatures.Status,
            signature,
        }, clock.GetUtcNow(), cancellationToken), cancellationToken);
    }

    private void Audit(Viewer actor, AuditAction action, ExchangeBatchRecord batch, string summary) =>
        db.Audit.Add(AuditEntry.For(actor, action, RecordKind.ExchangeBatch, batch.Id, batch.Version, summary, clock.GetUtcNow().UtcDateTime));
}
