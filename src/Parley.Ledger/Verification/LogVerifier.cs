using Parley.Ledger.Entries;
using Parley.Ledger.Merkle;
using Parley.Ledger.Notes;
using Parley.Ledger.Tiles;

namespace Parley.Ledger.Verification;

/// <summary>
/// A party's check of a Parley log, using only the tlog-tiles API: the checkpoint's signature, its consistency with
/// the last checkpoint this party accepted (kept by an <see cref="IAcceptedCheckpoint"/>), and, when asked, a full recomputation of the
/// tree from every entry bundle and tile, naming the first entry or tile that does not match.
/// </summary>
public sealed partial class LogVerifier(ILogFetcher fetcher, NoteVerifier logKey)
{
    private const int H = Rfc6962.HashSize;
    private readonly FetchedTileSource _tiles = new(fetcher);

    /// <summary>
    /// Optional check of each entry against the records the caller may see (e.g. public projections):
    /// gets the index and the parsed entry, returns a problem or null.
    /// </summary>
    public Func<long, LogEntry, CancellationToken, ValueTask<string?>>? RecordCheck { get; init; }

    /// <summary>
    /// Optional check run once every entry matched the signed root, before the checkpoint is stored as accepted (e.g.
    /// <see cref="RecordMatcher.FinishAsync"/>): returns a problem or null.
    /// </summary>
    public Func<CancellationToken, ValueTask<string?>>? FinalCheck { get; init; }

    /// <summary>Whether entries must parse as Parley log entries with <c>seq</c> equal to their index.</summary>
    public bool RequireParleyEntries { get; init; } = true;

    /// <summary>Fetches and checks the current checkpoint; on success stores it in <paramref name="state"/>.</summary>
    public async Task<VerificationResult> VerifyAsync(IAcceptedCheckpoint? state, bool recompute, CancellationToken cancellationToken = default)
    {
        Checkpoint? checkpoint = null;
        try
        {
            var (current, note) = await FetchCheckpointAsync(cancellationToken).ConfigureAwait(false);
            checkpoint = current;
            var previous = state is null ? null : ReadState(state);
            if (previous is not null)
            {
                var problem = await CheckConsistencyAsync(previous, current, cancellationToken).ConfigureAwait(false);
                if (problem is not null)
                {
                    return VerificationResult.Fail(current, 0, problem);
                }
            }
            var result = recompute
                ? await RecomputeAsync(current, cancellationToken).ConfigureAwait(false)
                : new VerificationResult(true, current, 0, $"checkpoint {current.Size} is signed{(previous is null ? "" : $" and consistent with {previous.Size}")}");
            if (result.Ok && recompute && FinalCheck is not null
                && await FinalCheck(cancellationToken).ConfigureAwait(false) is { } finalProblem)
            {
                return VerificationResult.Fail(current, result.EntriesChecked, finalProblem);
            }
            if (result.Ok)
            {
                state?.Save(note);
            }
            return result;
        }
        catch (LedgerFormatException e)
        {
            return VerificationResult.Fail(checkpoint, 0, e.Message);
        }
        catch (HttpRequestException e)
        {
            return VerificationResult.Fail(checkpoint, 0, $"cannot reach the log: {e.Message}");
        }
    }

    /// <summary>GET log/checkpoint, checked against the log key.</summary>
    public async Task<(Checkpoint Checkpoint, SignedNote Note)> FetchCheckpointAsync(CancellationToken cancellationToken)
    {
        var bytes = await fetcher.GetAsync("log/checkpoint", cancellationToken).ConfigureAwait(false)
            ?? throw new LedgerFormatException("log/checkpoint: the server has published no checkpoint");
        try
        {
            return Checkpoint.Open(bytes, logKey);
        }
        catch (LedgerFormatException e)
        {
            throw new LedgerFormatException($"log/checkpoint: {e.Message}", e);
        }
    }

    /// <summary>
    /// Whether <paramref name="current"/> extends <paramref name="previous"/>: a consistency proof built from the
    /// server's tiles must verify against both signed roots. A server showing two histories fails here.
    /// </summary>
    public async Task<string?> CheckConsistencyAsync(Checkpoint previous, Checkpoint current, CancellationToken cancellationToken)
    {
        if (previous.Size > current.Size)
        {
            return $"the log shrank: it was {previous.Size} entries at the last check, the server now shows {current.Size}";
        }
        if (previous.Size == current.Size || previous.Size == 0)
        {
            return previous.Size == 0 || previous.RootHash.AsSpan().SequenceEqual(current.RootHash)
                ? null
                : $"the log forked: two different signed roots for size {current.Size}";
        }
        var prover = new MerkleProver(new TileNodeReader(_tiles, new TileCache(64), current.Size));
        var proof = await prover.ConsistencyProofAsync(previous.Size, current.Size, cancellationToken).ConfigureAwait(false);
        var failure = MerkleVerifier.VerifyConsistency(previous.Size, current.Size, proof, previous.RootHash, current.RootHash);
        return failure == ProofFailure.None
            ? null
            : $"the log forked or was rewritten: checkpoint {current.Size} is not consistent with checkpoint {previous.Size} seen before ({failure})";
    }

    private Checkpoint? ReadState(IAcceptedCheckpoint state)
    {
        if (state.Load() is not { } bytes)
        {
            return null;
        }
        try
        {
            return Checkpoint.Open(bytes, logKey).Checkpoint;
        }
        catch (LedgerFormatException e)
        {
            throw new LedgerFormatException($"{state.Where}: {e.Message}", e);
        }
    }
}
