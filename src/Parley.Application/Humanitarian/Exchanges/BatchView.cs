using Parley.Domain.Humanitarian;
using Parley.Data.Humanitarian;
using Parley.Application.Humanitarian.Registry;

namespace Parley.Application.Humanitarian.Exchanges;

/// <summary>
/// One person in a batch: what everyone in the exchange may know (commitment, category, priority), and
/// each side's record where the viewer may see it (null otherwise).
/// </summary>
public sealed record BatchMemberView(Guid LinkId, Guid HeldRecordId, string ReleasedBy, PersonCategory Category, PriorityGroups Priorities, string Commitment, RegistryEntry? Held, RegistryEntry? Other);

/// <summary>A batch as officers see it: terms, members, the composition check, status, signatures and outcomes.</summary>
public sealed record BatchView(
    ExchangeBatchRecord Batch,
    BatchStatus Status,
    IReadOnlyList<BatchMemberView> Members,
    BatchComposition Composition,
    ExchangeManifest Manifest,
    string ManifestStatement,
    IReadOnlyList<BatchSignature> Signatures,
    IReadOnlyList<PersonExchangeOutcome> Outcomes);
