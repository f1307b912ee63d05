using Parley.Application.Outcomes;
using Microsoft.EntityFrameworkCore;
using Parley.Data.Entities;
using Parley.Domain.Access;
using Parley.Domain.Humanitarian;
using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Exchanges;

public sealed partial class ExchangeService
{
    /// <summary>
    /// Records a party's signature over the batch's manifest. The note must be a manifest statement for
    /// this batch and its current hash, signed by a registered, unrevoked key of one of the two parties.
    /// The batch is agreed when both have signed the same hash.
    /// </summary>
    public async Task<Outcome<BatchChange>> SignManifestAsync(Viewer actor, Guid batchId, string signedNote, CancellationToken cancellationToken = default)
    {
        var (batch, opened, refusal) = await OpenAsync(actor, batchId, signedNote, ExchangeStatements.ManifestKind, cancellationToken);
        if (batch is null || opened is null)
            return refusal!;
        var (party, statement, keyName) = opened.Value;
        var composed = await ComposeAsync(batch, cancellationToken);
        var hash = composed.Manifest.Hash();
        if (statement["batch"] != batch.Id.ToString() || statement["sha256"] != hash)
            return Outcome.Invalid($"The signed manifest is not this batch's current manifest (expected sha256 {hash}).");
        if (batch.ManifestHash is { } frozen && frozen != hash)
            return Outcome.Invalid($"The manifest changed after the first signature ({frozen}); it cannot be agreed.");
        if (composed.Members.Count == 0 || !composed.Composition.CanBeAgreed)
            return Outcome.Invalid("The batch cannot be agreed as composed: " + string.Join(" ", composed.Composition.Problems.Select(p => p.Message).DefaultIfEmpty("it has nobody in it.")));
        var first = party == batch.FirstParty;
        if (first ? batch.FirstSignedManifest : batch.SecondSignedManifest)
            return Outcome.Conflict($"{party} has already signed this manifest.");
        batch.ManifestHash = hash;
        if (first)
            batch.FirstSignedManifest = true;
        else
            batch.SecondSignedManifest = true;
        return await RecordAsync(actor, batch, party, SignatureKind.Manifest, keyName, signedNote, [], [], cancellationToken);
    }

    /// <summary>
    /// Records a party's signed confirmation of whom it released and received. Accepted only once both
    /// parties have signed the manifest; differences from the manifest are kept and shown, not refused.
    /// </summary>
    public async Task<Outcome<BatchChange>> ConfirmAsync(Viewer actor, Guid batchId, string signedNote, CancellationToken cancellationToken = default)
    {
        var (batch, opened, refusal) = await OpenAsync(actor, batchId, signedNote, ExchangeStatements.ConfirmationKind, cancellationToken);
        if (batch is null || opened is null)
            return refusal!;
        var (party, statement, keyName) = opened.Value;
        if (!batch.Signatures.AcceptsConfirmations)
            return Outcome.Conflict("Both parties must sign the manifest before the exchange can be confirmed.");
        if (statement["batch"] != batch.Id.ToString() || statement["manifest"] != batch.ManifestHash || statement["party"] != party)
            return Outcome.Invalid($"The confirmation must name batch {batch.Id}, manifest {batch.ManifestHash} and party {party}, the key's party.");
        var first = party == batch.FirstParty;
        if (first ? batch.FirstConfirmed : batch.SecondConfirmed)
            return Outcome.Conflict($"{party} has already confirmed this exchange.");
        if (first)
            batch.FirstConfirmed = true;
        else
            batch.SecondConfirmed = true;
        var released = statement.Fields.Where(f => f.Key == "released").Select(f => f.Value).ToList();
        var received = statement.Fields.Where(f => f.Key == "received").Select(f => f.Value).ToList();
        return await RecordAsync(actor, batch, party, SignatureKind.Confirmation, keyName, signedNote, released, received, cancellationToken);
    }

    private async Task<(ExchangeBatchRecord? Batch, (string Party, SignedStatement Statement, string KeyName)? Opened, Refusal? Refusal)> OpenAsync(
        Viewer actor, Guid batchId, string signedNote, string kind, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!HumanitarianAccess.IsOfficer(actor))
            return (null, null, Outcome.Forbidden("Only humanitarian officers submit signatures."));
        var batch = await db.ExchangeBatches.FirstOrDefaultAsync(b => b.Id == batchId, cancellationToken);
        if (batch is null)
            return (null, null, Outcome.NotFound("batch"));
        SignedNote note;
        SignedStatement statement;
        try
        {
            note = SignedNote.Parse(signedNote ?? "");
            statement = SignedStatement.Parse(note.Text);
        }
        catch (LedgerFormatException e)
        {
            return (null, null, Outcome.Invalid($"Not a signed statement: {e.Message}."));
        }
        if (statement.Kind != kind)
            return (null, null, Outcome.Invalid($"The note signs a '{statement.Kind}', not an '{kind}'."));
        foreach (var party in new[] { batch.FirstParty, batch.SecondParty })
        {
            var verifiers = await keys.ActiveAsync(party, cancellationToken);
            if (verifiers.Count == 0)
                continue;
            try
            {
                var signed = NoteVerification.Verify(note, verifiers.ToList());
                return (batch, (party, statement, signed[0].Name), null);
            }
            catch (LedgerFormatException e) when (e.Message.StartsWith("invalid signature", StringComparison.Ordinal))
            {
                return (null, null, Outcome.Invalid($"The signature of {party}'s key does not verify: {e.Message}."));
            }
            catch (LedgerFormatException)
            {
                // Not signed by this party's keys; try the other party.
            }
        }
        return (null, null, Outcome.Invalid($"The note is not signed by a registered, unrevoked key of {batch.FirstParty} or {batch.SecondParty}."));
    }

    private async Task<Outcome<BatchChange>> RecordAsync(Viewer actor, ExchangeBatchRecord batch, string party, SignatureKind kind, string keyName, string note, List<string> released, List<string> received, CancellationToken cancellationToken)
    {
        db.BatchSignatures.Add(new BatchSignature
        {
            BatchId = batch.Id,
            Party = party,
            Kind = kind,
            KeyName = keyName,
            Note = note,
            Released = released,
            Received = received,
            VerifiedAtUtc = clock.GetUtcNow().UtcDateTime,
        });
        batch.Version++;
        try
        {
            await CommitAsync(actor, AuditAction.Update, batch, $"Batch {batch.Name}: {kind.ToString().ToLowerInvariant()} signed by {party} ({keyName})",
                new { party, kind, key = keyName, noteSha256 = ExchangeStatements.Hash(note) }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Outcome.Conflict($"{party}'s {kind.ToString().ToLowerInvariant()} signature was recorded at the same moment by another request.");
        }
        return Outcome.Ok(new BatchChange($"{party} signed the {kind.ToString().ToLowerInvariant()}; the batch is now {batch.Signatures.Status}.", batch.Id));
    }
}
