using Parley.Domain.Humanitarian;
using Parley.Application.Humanitarian.Review;

namespace Parley.Server.Features.Humanitarian;

/// <summary>Two parties' lists to link; <c>MatchThreshold</c> is this run's auto-accept threshold (the engine's 0.8 when absent).</summary>
public sealed record LinkRunRequest(string Left, string Right, double? MatchThreshold = null);

/// <summary>A decision revised: the pair's version read, what it becomes (Confirmed, Rejected or Review) and why.</summary>
public sealed record ReviseLinkRequest(int Version, Parley.Data.Humanitarian.LinkStatus Status, string Reason);

public sealed record ReviewDecisionRequest(int Version, bool SamePerson);

public sealed record CreateBatchRequest(string Name, string FirstParty, string SecondParty, IReadOnlyList<CategoryTerms> Terms);

public sealed record AddMembersRequest(IReadOnlyList<Guid> LinkIds);

public sealed record OpenChildCaseRequest(string Party, string FamilyName, string GivenName, string? Patronymic, string? DateOfBirth, string? RemovedOn, string? RemovedFrom, string? LastKnownLocation, string? GuardianContact);

public sealed record MoveChildCaseRequest(int Version, ChildCaseStatus Status, string? Evidence, string? VerifiedBy, string? Reason);

/// <summary>Corrected fields by the list contract's column names (family_name, date_of_birth, …); the reason goes to the audit trail.</summary>
public sealed record CorrectPersonRequest(int Version, IReadOnlyDictionary<string, string?> Fields, string Reason);

public sealed record CorrectChildCaseRequest(int Version, string FamilyName, string GivenName, string? Patronymic, string? DateOfBirth, string? RemovedOn, string? RemovedFrom, string? LastKnownLocation, string? GuardianContact, string Reason);

public sealed record EraseRequest(int Version, string Reason);

public sealed record RegisterKeyRequest(string Party, string VerifierKey);

public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, int Remaining);
