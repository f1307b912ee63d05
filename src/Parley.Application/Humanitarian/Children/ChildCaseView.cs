using Parley.Domain.Humanitarian;
using Parley.Data.Humanitarian;

namespace Parley.Application.Humanitarian.Children;

/// <summary>A child's case as an allowed reader sees it; <see cref="Details"/> is null once erased.</summary>
public sealed record ChildCaseView(Guid Id, string Party, ChildCaseStatus Status, string Commitment, DateTime OpenedAtUtc, int Version, ChildCaseDetails? Details, IReadOnlyList<ChildCaseStep> History);
