namespace Parley.Domain.Humanitarian;

/// <summary>Why a batch cannot be agreed as composed.</summary>
public enum BatchProblemKind
{
    /// <summary>The person's identity was not confirmed on both sides' lists.</summary>
    NotMatched,

    /// <summary>The person is held by neither party of the exchange.</summary>
    NotHeldByAParty,

    /// <summary>The person is already in another open batch.</summary>
    InAnotherBatch,

    /// <summary>Listed twice in this batch.</summary>
    Duplicate,

    /// <summary>The category is not part of the agreed terms (children are not exchanged).</summary>
    CategoryNotAgreed,

    /// <summary>The counts per side do not keep the agreed ratio or total.</summary>
    CountsUnbalanced,

    /// <summary>A seriously wounded or sick person is left out while others of the same side go.</summary>
    WoundedLeftBehind,
}

/// <summary>One problem with a batch; <paramref name="PersonId"/> is null for count problems.</summary>
public sealed record BatchProblem(BatchProblemKind Kind, string? PersonId, string Message);
