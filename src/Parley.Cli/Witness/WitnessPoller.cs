using System.Text;
using Parley.Ledger;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;
using Parley.Ledger.Verification;
using Parley.Ledger.Witnessing;

namespace Parley.Cli.Witness;

/// <summary>
/// The polling half of <c>parley witness</c>: fetch the checkpoint, build the consistency proof from the last
/// cosigned size out of the server's tiles, submit both to the witness as an add-checkpoint request would, and post
/// the cosignature to the server's <c>log/cosignature</c>. Network errors are retried at the next tick; a
/// contradiction ends the loop with exit code 3.
/// </summary>
internal sealed class WitnessPoller(ILogFetcher fetcher, NoteVerifier host, WitnessService witness)
{
    public async Task<int> RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(interval);
        do
        {
            try
            {
                if (await TickAsync(cancellationToken) is { } exit)
                {
                    return exit;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
            {
                Console.Error.WriteLine($"parley witness: {e.Message}; trying again in {interval.TotalSeconds:0.#} s");
            }
        }
        while (await WaitAsync(timer, cancellationToken));
        return 0;
    }

    /// <summary>One round; an exit code when the witness must stop.</summary>
    private async Task<int?> TickAsync(CancellationToken cancellationToken)
    {
        var fetched = await fetcher.GetAsync("log/checkpoint", cancellationToken);
        if (fetched is null)
        {
            return null;
        }

        // Only the host's signature goes into the state and the proof request; cosignature lines are others' business.
        var note = HostSignedOnly(fetched);
        var last = witness.Last(host.Name);
        var size = CheckpointSize(note);
        var proof = last is { Size: > 0 } && size is { } s && s > last.Size
            ? await ProofAsync(last.Size, s, cancellationToken)
            : [];
        var (verdict, cosignature, evidence) = await witness.AddAsync(new AddCheckpointRequest(last?.Size ?? 0, proof, note), cancellationToken);
        if (evidence is not null || verdict.Status is WitnessStatus.Forbidden or WitnessStatus.UnknownLog or WitnessStatus.BadRequest)
        {
            Console.Error.WriteLine($"parley witness: STOPPED, not cosigning: {verdict.Message}" + (evidence is null ? "" : $"; evidence kept in {evidence}"));
            return 3;
        }

        if (verdict.Status != WitnessStatus.Cosign || verdict.Checkpoint!.Size == last?.Size)
        {
            return null;
        }

        var (status, body) = await fetcher.PostAsync("log/cosignature", verdict.CheckpointText + "\n" + cosignature + "\n", cancellationToken);
        Console.Out.WriteLine(status is >= 200 and < 300
            ? $"cosigned checkpoint {verdict.Checkpoint.Size} ({verdict.Message})"
            : $"cosigned checkpoint {verdict.Checkpoint.Size}, but the server refused the cosignature ({status}): {body}");
        return null;
    }

    private async Task<byte[][]> ProofAsync(long oldSize, long newSize, CancellationToken cancellationToken)
    {
        var prover = new MerkleProver(new TileNodeReader(new FetchedTileSource(fetcher), new TileCache(64), newSize));
        var proof = await prover.ConsistencyProofAsync(oldSize, newSize, cancellationToken);
        return [.. proof.Chunk(Rfc6962.HashSize)];
    }

    private byte[] HostSignedOnly(byte[] fetched)
    {
        try
        {
            var note = SignedNote.Parse(fetched);
            var own = note.Signatures.Where(s => s.Name == host.Name && s.KeyHash == host.KeyHash).ToList();
            return own.Count == 0 ? fetched : (note with { Signatures = own }).ToBytes();
        }
        catch (LedgerFormatException)
        {
            return fetched;
        }
    }

    private static long? CheckpointSize(byte[] note)
    {
        try
        {
            return Checkpoint.Parse(SignedNote.Parse(Encoding.UTF8.GetString(note)).Text).Size;
        }
        catch (LedgerFormatException)
        {
            return null;
        }
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken cancellationToken)
    {
        try
        {
            return await timer.WaitForNextTickAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
