using Parley.Domain.Humanitarian;

namespace Parley.Data.Humanitarian;

/// <summary>One change of a child's case status, with its evidence and who verified it; never removed.</summary>
public sealed record ChildCaseStep(ChildCaseStatus From, ChildCaseStatus To, string? Evidence, string? VerifiedBy, string? Reason, string By, DateTime AtUtc);
