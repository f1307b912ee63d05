using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;

namespace Parley.Ledger.Witnessing;

/// <summary>
/// The witness's state machine (C2SP tlog-witness <c>add-checkpoint</c>), pure: given the checkpoint last cosigned for
/// the origin (or none), the keys trusted for it and a request, the verdict. The caller persists the new checkpoint
/// before answering and holds a lock across check and persist (the spec's atomicity rule).
/// </summary>
public static class WitnessCore
{
    /// <summary>Checks <paramref name="request"/> against <paramref name="last"/> (null: nothing cosigned yet for this origin).</summary>
    public static WitnessVerdict Check(Checkpoint? last, IReadOnlyCollection<NoteVerifier> trusted, AddCheckpointRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var knownSize = last?.Size ?? 0;
        SignedNote note;
        Checkpoint checkpoint;
        try
        {
            note = SignedNote.Parse(request.Note);
            checkpoint = Checkpoint.Parse(note.Text);
        }
        catch (LedgerFormatException e)
        {
            return WitnessVerdict.Refuse(WitnessStatus.BadRequest, e.Message, knownSize);
        }

        var keys = trusted.Where(k => k.Name == checkpoint.Origin).ToList();
        if (keys.Count == 0)
        {
            return WitnessVerdict.Refuse(WitnessStatus.UnknownLog, $"unknown log '{checkpoint.Origin}'", knownSize);
        }

        try
        {
            NoteVerification.Verify(note, keys);
        }
        catch (LedgerFormatException e)
        {
            return WitnessVerdict.Refuse(WitnessStatus.Forbidden, $"checkpoint {checkpoint.Size} of {checkpoint.Origin}: {e.Message}", knownSize);
        }

        var text = note.Text;
        if (request.OldSize > checkpoint.Size)
        {
            // A client's stale request, or (when the old size is the one cosigned) a log that shrank.
            var shrank = last is not null && request.OldSize == last.Size;
            return new(WitnessStatus.BadRequest, shrank
                ? $"the log shrank: cosigned size {last!.Size}, now a signed checkpoint of size {checkpoint.Size}"
                : $"old size {request.OldSize} is above the checkpoint's size {checkpoint.Size}", checkpoint, text, knownSize, shrank);
        }

        if (request.OldSize != knownSize)
        {
            return WitnessVerdict.Refuse(WitnessStatus.Conflict, $"old size {request.OldSize} is not the last cosigned size {knownSize}", knownSize);
        }

        if (last is not null && checkpoint.Size == last.Size)
        {
            return last.RootHash.AsSpan().SequenceEqual(checkpoint.RootHash)
                ? new(WitnessStatus.Cosign, $"checkpoint {checkpoint.Size} again", checkpoint, text, knownSize, false)
                : new(WitnessStatus.Conflict, $"fork: two signed checkpoints of size {checkpoint.Size} with different roots ({Convert.ToBase64String(last.RootHash)} cosigned, {Convert.ToBase64String(checkpoint.RootHash)} now)",
                    checkpoint, text, knownSize, true);
        }

        if (last is null || last.Size == 0)
        {
            return request.Proof.Count == 0
                ? new(WitnessStatus.Cosign, $"checkpoint {checkpoint.Size}, the first cosigned", checkpoint, text, knownSize, false)
                : WitnessVerdict.Refuse(WitnessStatus.Unprocessable, "the proof must be empty when the old size is 0", knownSize);
        }

        var proof = request.Proof.SelectMany(h => h).ToArray();
        var failure = MerkleVerifier.VerifyConsistency(last.Size, checkpoint.Size, proof, last.RootHash, checkpoint.RootHash);
        return failure == ProofFailure.None
            ? new(WitnessStatus.Cosign, $"checkpoint {checkpoint.Size}, consistent with {last.Size}", checkpoint, text, knownSize, false)
            : new(WitnessStatus.Unprocessable, $"checkpoint {checkpoint.Size} is not consistent with the cosigned checkpoint {last.Size} ({failure}): the log forked or was rewritten",
                checkpoint, text, knownSize, true);
    }
}
