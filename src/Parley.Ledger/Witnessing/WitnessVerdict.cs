using Parley.Ledger.Notes;

namespace Parley.Ledger.Witnessing;

/// <summary>What a witness answers to a checkpoint (C2SP tlog-witness status codes).</summary>
public enum WitnessStatus
{
    /// <summary>200: consistent with the last cosigned checkpoint; cosign it and record it.</summary>
    Cosign = 200,

    /// <summary>400: malformed, or an old size above the checkpoint's size.</summary>
    BadRequest = 400,

    /// <summary>403: no signature by a key trusted for the origin verifies.</summary>
    Forbidden = 403,

    /// <summary>404: the origin is not a log this witness knows.</summary>
    UnknownLog = 404,

    /// <summary>409: the old size is not the last cosigned size (body: that size), or equal sizes with different roots.</summary>
    Conflict = 409,

    /// <summary>422: the consistency proof does not verify.</summary>
    Unprocessable = 422,
}

/// <summary>
/// A witness's verdict. <see cref="Contradicts"/> marks a validly signed checkpoint that contradicts the one last
/// cosigned (a fork, a shrunk log, or a proof that fails from the recorded size): evidence of misbehaviour.
/// </summary>
public sealed record WitnessVerdict(WitnessStatus Status, string Message, Checkpoint? Checkpoint, string? CheckpointText, long KnownSize, bool Contradicts)
{
    internal static WitnessVerdict Refuse(WitnessStatus status, string message, long knownSize) => new(status, message, null, null, knownSize, false);
}
