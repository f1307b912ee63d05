using Parley.Ledger;
using Parley.Ledger.Notes;
using Parley.Ledger.Witnessing;

namespace Parley.Cli.Witness;

/// <summary>
/// The witness around <see cref="WitnessCore"/>: one lock over check, persist and cosign (tlog-witness requires the
/// check of the old size and the update to be atomic), the state directory, and the cosigning key.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification =
    "The semaphore's wait handle is never asked for, so it holds nothing to release; the service lives as long as the process.")]
internal sealed class WitnessService(WitnessState state, IReadOnlyCollection<NoteVerifier> trusted, NoteSigner cosigner, TimeProvider time)
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    /// <summary>The verdict, the cosignature line when cosigned, and the evidence folder when the checkpoint contradicts the last cosigned one.</summary>
    public async Task<(WitnessVerdict Verdict, string? Cosignature, string? Evidence)> AddAsync(AddCheckpointRequest request, CancellationToken cancellationToken)
    {
        await _lock.WaitAsync(cancellationToken);
        try
        {
            var origin = OriginOf(request.Note);
            var last = origin is null ? null : state.Load(origin);
            var verdict = WitnessCore.Check(last?.Checkpoint, trusted, request);
            if (verdict.Contradicts)
            {
                return (verdict, null, state.KeepEvidence(origin!, last?.Note, request.Note, verdict.Message));
            }

            if (verdict.Status != WitnessStatus.Cosign)
            {
                return (verdict, null, null);
            }

            if (last is null || last.Value.Checkpoint.Size != verdict.Checkpoint!.Size)
            {
                state.Save(origin!, request.Note);
            }

            var line = Cosignature.Sign(cosigner, verdict.CheckpointText!, time.GetUtcNow().ToUnixTimeSeconds()).Line;
            return (verdict, line, null);
        }
        finally
        {
            _lock.Release();
        }
    }

    /// <summary>The last cosigned checkpoint of <paramref name="origin"/>.</summary>
    public Checkpoint? Last(string origin) => state.Load(origin)?.Checkpoint;

    private static string? OriginOf(byte[] note)
    {
        try
        {
            return Checkpoint.Parse(SignedNote.Parse(note).Text).Origin;
        }
        catch (LedgerFormatException)
        {
            return null;
        }
    }
}
