using Microsoft.EntityFrameworkCore;
using Parley.Application.Log;
using Parley.Application.Outcomes;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Domain.Records;

namespace Parley.Application.Humanitarian.Review;

public sealed partial class ReviewQueue
{
    /// <summary>The refusal's code when the pair is in a batch whose manifest a party has signed.</summary>
    public const string InAgreedBatch = "in-agreed-batch";

    /// <summary>The refusal's code when the pair is in a draft batch (take it out of the draft first).</summary>
    public const string InDraftBatch = "in-draft-batch";

    /// <summary>
    /// Revises a decision, the engine's or a person's, with a reason: confirmed, rejected, or back to the review queue. The
    /// old decision stays in the pair's history. A pair in a batch cannot be undone: a draft must drop it first, and a
    /// batch whose manifest is signed must be reopened (the manifest names the person's commitment).
    /// </summary>
    public async Task<Outcome<LinkRevised>> ReviseAsync(Viewer viewer, Guid linkId, int version, LinkStatus to, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        var known = await parties.LoadAsync(cancellationToken);
        if (!HumanitarianAccess.IsHostOfficer(viewer, known.Access))
            return Outcome.Forbidden("Only the host's humanitarian officers revise pairs.");
        reason = reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > 500)
            return Outcome.Invalid("reason", "say why the decision changes (1 to 500 characters; it stays in the pair's history).");
        if (!Enum.IsDefined(to))
            return Outcome.Invalid("status", "a pair becomes Confirmed, Rejected or Review.");
        var link = await Designated(viewer, known, db.PersonLinks).FirstOrDefaultAsync(l => l.Id == linkId, cancellationToken);
        if (link is null)
            return Outcome.NotFound("pair");
        if (link.Version != version)
            return Outcome.EditConflict(link.Version);
        if (link.Status == to)
            return Outcome.Invalid("status", $"the pair is already {to}.");
        if (link.Status == LinkStatus.Confirmed && await BatchOfAsync(link.Id, cancellationToken) is { } batch)
        {
            return batch.Signatures.Editable
                ? Outcome.Conflict($"This person is in the draft batch \"{batch.Name}\": take them out of the draft before undoing the match.") with { Code = InDraftBatch }
                : Outcome.Conflict($"This person is in the batch \"{batch.Name}\", whose manifest has been signed ({batch.Signatures.Status}): the batch must be reopened before the match can be undone.") with { Code = InAgreedBatch };
        }
        if (to == LinkStatus.Confirmed && await db.PersonLinks.AnyAsync(l => l.Id != linkId && l.Status == LinkStatus.Confirmed
                && (l.LeftPersonId == link.LeftPersonId || l.RightPersonId == link.RightPersonId), cancellationToken))
            return Outcome.Conflict("One of these records is already confirmed as another person; undo that pair first.") with { Code = AlreadyLinked };

        var from = link.Status;
        Record(link, to, viewer, reason);
        // The audit trail is read by mediators: the reason may name a person, so it stays in the pair's history.
        db.Audit.Add(AuditEntry.For(viewer, AuditAction.Update, RecordKind.PersonLink, link.Id, link.Version, $"Pair revised: {from} → {to}", clock.GetUtcNow().UtcDateTime));
        try
        {
            await Changes.CommitAsync(db, () => LogAppender.AppendCommitmentAsync(db, viewer, "person-link.revise", link.Id.ToString(), link.Version,
                new { id = link.Id, left = link.LeftPersonId, right = link.RightPersonId, from, status = to, by = link.DecidedBy, reason }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Outcome.Conflict("Someone revised this pair at the same moment; reload it.");
        }
        return Outcome.Ok(new LinkRevised(link.Id, link.Version, from, to));
    }

    /// <summary>A decision on the pair, kept in its history with who, when and why.</summary>
    private void Record(PersonLink link, LinkStatus to, Viewer viewer, string? reason)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var by = viewer.Name ?? viewer.UserId ?? "unknown";
        link.History = [.. link.History, new LinkRevision(link.Status, to, by, now, reason)];
        link.Status = to;
        link.DecidedBy = to == LinkStatus.Review ? null : by;
        link.DecidedAtUtc = to == LinkStatus.Review ? null : now;
        link.Version++;
    }

    private Task<ExchangeBatchRecord?> BatchOfAsync(Guid linkId, CancellationToken cancellationToken) =>
        db.ExchangeBatches.AsNoTracking()
            .Where(b => db.BatchMembers.Any(m => m.BatchId == b.Id && m.LinkId == linkId))
            .OrderByDescending(b => b.FirstSignedManifest || b.SecondSignedManifest)
            .ThenByDescending(b => b.CreatedAtUtc)
            .FirstOrDefaultAsync(cancellationToken);
}
