namespace Parley.Ledger.Merkle;

/// <summary>Why a proof did not verify; <see cref="None"/> when it did.</summary>
public enum ProofFailure
{
    /// <summary>The proof verified.</summary>
    None,
    /// <summary>The leaf index is not below the tree size, or the sizes are out of order.</summary>
    OutOfRange,
    /// <summary>A hash or the proof has a length that is not a whole number of 32-byte hashes.</summary>
    MalformedHash,
    /// <summary>The proof has more or fewer hashes than the sizes require.</summary>
    WrongLength,
    /// <summary>The proof is well formed but yields a different root.</summary>
    RootMismatch,
    /// <summary>A consistency proof from the empty tree proves nothing (RFC 9162 section 2.1.4).</summary>
    EmptyOldTree,
}
