namespace Parley.Domain.Humanitarian;

/// <summary>A requested change of a child's case status, with the evidence and who verified it.</summary>
public sealed record ChildCaseTransition(ChildCaseStatus From, ChildCaseStatus To, string? Evidence, string? VerifiedBy, string? Reason);
