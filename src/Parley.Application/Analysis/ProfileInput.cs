using Parley.Domain.Talks;

namespace Parley.Application.Analysis;

/// <summary>
/// A delegation's profile as it sends it: per issue a weight and a value per option (by position id), its reservation
/// value, whether the mediators may read it, and the version it edited (0 for a first save).
/// </summary>
public sealed record ProfileInput(IReadOnlyList<ProfileIssue> Issues, double Reservation, bool SharedWithMediators, int Version);
