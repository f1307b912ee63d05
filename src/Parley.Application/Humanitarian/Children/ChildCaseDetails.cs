
namespace Parley.Application.Humanitarian.Children;

/// <summary>The personal part of a child's case, stored sealed.</summary>
public sealed record ChildCaseDetails(
    string FamilyName,
    string GivenName,
    string? Patronymic,
    string? DateOfBirth,
    string? RemovedOn,
    string? RemovedFrom,
    string? LastKnownLocation,
    string? GuardianContact);
