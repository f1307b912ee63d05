using Parley.Application.Outcomes;
using Parley.Application.Log;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian.Registry;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Children;

public sealed partial class ChildCases
{
    /// <summary>
    /// Replaces the child's sealed details: a fresh salt and commitment, and a <c>child-case.corrected</c> entry naming
    /// the commitment it replaces. The status and its history stay.
    /// </summary>
    public async Task<Outcome<Correction>> CorrectAsync(Viewer actor, Guid id, int version, ChildCaseDetails child, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        ArgumentNullException.ThrowIfNull(child);
        var (row, refusal) = await LoadForChangeAsync(actor, id, version, reason, cancellationToken);
        if (refusal is not null)
            return refusal;
        if (row!.Sealed is null)
            return Outcome.Conflict("The case's personal data was erased; there is nothing to correct.", row.Version);
        if (Invalid(child) is { } invalid)
            return invalid;
        var before = row.Commitment;
        (row.Commitment, row.Sealed) = Seal(row.Id, child);
        row.Version++;
        Audit(actor, AuditAction.Update, row, $"Child's case of {row.Party}: details corrected: {reason!.Trim()}");
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "child-case.corrected",
            new { id = row.Id, party = row.Party, version = row.Version, corrects = before, commitment = row.Commitment }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(new Correction($"Corrected; the new commitment {row.Commitment} replaces {before}.", row.Commitment, row.Version));
    }

    /// <summary>
    /// Deletes the child's sealed details and the salt inside them; the case, its status history and its commitment
    /// stay, so counts and the log are unchanged, and a <c>child-case.erased</c> entry records when.
    /// </summary>
    public async Task<Outcome<Correction>> EraseAsync(Viewer actor, Guid id, int version, string? reason, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var (row, refusal) = await LoadForChangeAsync(actor, id, version, reason, cancellationToken);
        if (refusal is not null)
            return refusal;
        if (row!.Sealed is null)
            return Outcome.Conflict("The case's personal data was already erased.", row.Version);
        row.Sealed = null;
        row.Version++;
        Audit(actor, AuditAction.Delete, row, $"Child's case of {row.Party}: personal data erased: {reason!.Trim()}");
        await Changes.CommitAsync(db, () => LogAppender.AppendPublicAsync(db, actor, "child-case.erased",
            new { id = row.Id, party = row.Party, version = row.Version, commitment = row.Commitment }, clock.GetUtcNow(), cancellationToken), cancellationToken);
        return Outcome.Ok(new Correction($"Erased; commitment {row.Commitment} stays in the log and can no longer be opened.", row.Commitment, row.Version));
    }

    private async Task<(ChildCase? Row, Refusal? Refusal)> LoadForChangeAsync(Viewer actor, Guid id, int version, string? reason, CancellationToken cancellationToken)
    {
        var known = await parties.LoadAsync(cancellationToken);
        var row = await db.ChildCases.FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (row is null || !HumanitarianAccess.CanFileFor(actor, row.Party, known.Access))
            return (null, Outcome.NotFound("child's case"));
        if (row.Version != version)
            return (null, Outcome.EditConflict(row.Version));
        if (string.IsNullOrWhiteSpace(reason) || reason.Length > 500)
            return (null, Outcome.Invalid("reason", "say why, in 1 to 500 characters, without personal data: it goes to the audit trail, which mediators read."));
        return (row, null);
    }

    private static Refusal? Invalid(ChildCaseDetails child)
    {
        if (string.IsNullOrWhiteSpace(child.FamilyName) || string.IsNullOrWhiteSpace(child.GivenName))
            return Outcome.Invalid(string.IsNullOrWhiteSpace(child.FamilyName) ? "familyName" : "givenName", "a child's case needs the child's family and given names.");
        if (new[] { child.FamilyName, child.GivenName, child.Patronymic, child.RemovedFrom, child.LastKnownLocation, child.GuardianContact }.Any(t => t?.Length > 400))
            return Outcome.Invalid("case", "each field of a child's case is at most 400 characters.");
        return null;
    }
}
