using Parley.Application.Outcomes;
using Parley.Application.Log;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;
using Parley.Ledger.Entries;
using Parley.Application.Humanitarian.Protection;
using Parley.Data;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Children;

/// <summary>
/// Children's cases: opened by a party's (or the host's) humanitarian officers, moved through their
/// statuses by <see cref="ChildCaseRules"/>, seen only by officers of that party and the host, every
/// read audited.
/// </summary>
public sealed partial class ChildCases(ParleyDbContext db, PersonalDataCipher cipher, HumanitarianParties parties, PersonalDataAudit audit, TimeProvider clock)
{
    public const string Kind = "child-case";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record SealedCase(string Salt, ChildCaseDetails Child);

    public async Task<Outcome<ChildCaseView>> OpenAsync(Viewer actor, string party, ChildCaseDetails child, ReadContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(child);
        var known = await parties.LoadAsync(cancellationToken);
        if (known.Resolve(party) is not { } code)
            return Outcome.Invalid("party", $"unknown party '{party}'.");
        if (!HumanitarianAccess.CanFileFor(actor, code, known.Access))
            return Outcome.Forbidden($"Only humanitarian officers of {code} or of the host open {code}'s children's cases.");
        if (Invalid(child) is { } invalid)
            return invalid;

        var id = Guid.CreateVersion7();
        var now = clock.GetUtcNow().UtcDateTime;
        var (commitment, sealedData) = Seal(id, child);
        var row = new ChildCase { Id = id, Party = code, Status = ChildCaseStatus.Reported, Commitment = commitment, Sealed = sealedData, OpenedAtUtc = now, Version = 1 };
        db.ChildCases.Add(row);
        Audit(actor, AuditAction.Create, row, $"Child's case opened by {code}");
        await Changes.CommitAsync(db, () => LogAppender.AppendCommitmentAsync(db, actor, "child-case.create", row.Id.ToString(), row.Version,
            new { id = row.Id, party = code, status = row.Status, commitment = row.Commitment }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        await ShownAsync(actor, row, context ?? new ReadContext("child's case opened", null), cancellationToken);
        return Outcome.Ok(View(row, child));
    }

    public async Task<Outcome<ChildCaseView>> MoveAsync(Viewer actor, Guid id, int version, ChildCaseStatus to, string? evidence, string? verifiedBy, string? reason, ReadContext? context = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var known = await parties.LoadAsync(cancellationToken);
        var row = await db.ChildCases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (row is null || !HumanitarianAccess.CanFileFor(actor, row.Party, known.Access))
            return Outcome.NotFound("child's case");
        if (row.Version != version)
            return Outcome.EditConflict(row.Version);
        var transition = new ChildCaseTransition(row.Status, to, evidence, verifiedBy, reason);
        if (ChildCaseRules.Check(transition) is { } refusal)
            return Outcome.Invalid("status", refusal);
        row.History = [.. row.History, new ChildCaseStep(row.Status, to, evidence, verifiedBy, reason, actor.Name ?? actor.UserId ?? "unknown", clock.GetUtcNow().UtcDateTime)];
        row.Status = to;
        row.Version++;
        Audit(actor, AuditAction.Update, row, $"Child's case of {row.Party}: {transition.From} → {to}");
        await Changes.CommitAsync(db, () => LogAppender.AppendCommitmentAsync(db, actor, "child-case.update", row.Id.ToString(), row.Version,
            new { id = row.Id, party = row.Party, status = row.Status, step = row.History[^1] }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        await ShownAsync(actor, row, context ?? new ReadContext("child's case moved", null), cancellationToken);
        return Outcome.Ok(View(row, Open(row)));
    }

    public async Task<IReadOnlyList<ChildCaseView>?> ListAsync(Viewer viewer, ReadContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        if (!HumanitarianAccess.IsOfficer(viewer))
            return null;
        var known = await parties.LoadAsync(cancellationToken);
        var rows = db.ChildCases.AsNoTracking();
        // Own party's cases, and as host those of the parties that designated this host.
        var open = HumanitarianAccess.IsHostOfficer(viewer, known.Access) ? known.Access.PartiesDesignating(HostAccess.HostOf(viewer)).ToList() : [];
        var own = viewer.Party ?? "";
        rows = rows.Where(c => c.Party == own || open.Contains(c.Party));
        var list = await rows.OrderBy(c => c.OpenedAtUtc).ToListAsync(cancellationToken);
        var reads = audit.Record(viewer, list.Where(c => c.Sealed != null).Select(c => c.Id), Kind, context);
        await Changes.CommitReadsAsync(db, viewer, reads, clock, cancellationToken);
        return list.Select(c => View(c, Open(c))).ToList();
    }

    /// <summary>Counts of cases per party and status: not personal, shown beside each party's claimed totals.</summary>
    public async Task<IReadOnlyList<(string Party, ChildCaseStatus Status, int Count)>> CountsAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.ChildCases.AsNoTracking().GroupBy(c => new { c.Party, c.Status }).Select(g => new { g.Key.Party, g.Key.Status, Count = g.Count() }).ToListAsync(cancellationToken);
        return rows.Select(r => (r.Party, r.Status, r.Count)).OrderBy(r => r.Party).ThenBy(r => r.Status).ToList();
    }

    private (string Commitment, byte[] Sealed) Seal(Guid id, ChildCaseDetails child)
    {
        var commitment = SaltedCommitment.Create(JsonSerializer.SerializeToElement(child, Json));
        var payload = JsonSerializer.Serialize(new SealedCase(Convert.ToBase64String(commitment.Salt), child), Json);
        return (Convert.ToHexStringLower(commitment.Hash), cipher.Encrypt(payload, id.ToString()));
    }

    private ChildCaseDetails? Open(ChildCase row) =>
        row.Sealed is null ? null : JsonSerializer.Deserialize<SealedCase>(cipher.Decrypt(row.Sealed, row.Id.ToString()), Json)!.Child;

    private static ChildCaseView View(ChildCase row, ChildCaseDetails? child) =>
        new(row.Id, row.Party, row.Status, row.Commitment, row.OpenedAtUtc, row.Version, child, row.History);

    /// <summary>
    /// A write that answers with the child's details shows them: the response is a read like any other, so it gets its
    /// audit row (finding 6 of the security review: moving a case returned the details unaudited).
    /// </summary>
    private async Task ShownAsync(Viewer actor, ChildCase row, ReadContext context, CancellationToken cancellationToken)
    {
        if (row.Sealed is not null)
            await Changes.CommitReadsAsync(db, actor, audit.Record(actor, [row.Id], Kind, context), clock, cancellationToken);
    }

    private void Audit(Viewer actor, AuditAction action, ChildCase row, string summary) =>
        db.Audit.Add(AuditEntry.For(actor, action, RecordKind.ChildCase, row.Id, row.Version, summary, clock.GetUtcNow().UtcDateTime));
}
