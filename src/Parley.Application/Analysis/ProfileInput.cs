using Parley.Domain.Talks;
using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Registry;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Application.Analysis;

/// <summary>
/// A delegation's profile as it sends it: per issue a weight and a value per option (by position id), its reservation
/// value, whether the mediators may read it, and the version it edited (0 for a first save).
/// </summary>
public sealed record ProfileInput(IReadOnlyList<ProfileIssue> Issues, double Reservation, bool SharedWithMediators, int Version);
