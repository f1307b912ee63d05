using Parley.Data.Humanitarian;
using Parley.Domain.Humanitarian;

namespace Parley.Server.Features.Humanitarian;

public sealed record LinkRunRequest(string Left, string Right);

public sealed record ReviewDecisionRequest(int Version, bool SamePerson);

public sealed record CreateBatchRequest(string Name, string FirstParty, string SecondParty, IReadOnlyList<CategoryTerms> Terms);

public sealed record AddMembersRequest(IReadOnlyList<Guid> LinkIds);

public sealed record OpenChildCaseRequest(string Party, string FamilyName, string GivenName, string? Patronymic, string? DateOfBirth, string? RemovedOn, string? RemovedFrom, string? LastKnownLocation, string? GuardianContact);

public sealed record MoveChildCaseRequest(int Version, ChildCaseStatus Status, string? Evidence, string? VerifiedBy, string? Reason);

public sealed record RegisterKeyRequest(string Party, string VerifierKey);

public sealed record ReviewPage(IReadOnlyList<ReviewItem> Items, int Remaining);
