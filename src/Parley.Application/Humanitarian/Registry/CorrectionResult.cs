using Parley.Data;
using Parley.Data.Configuration;
using Parley.Data.Entities;
using Parley.Data.Humanitarian;
using Parley.Data.Identity;
using Parley.Data.Keys;
using Parley.Data.Writing;
using Parley.Application;
using Parley.Application.Analysis;
using Parley.Application.Humanitarian;
using Parley.Application.Humanitarian.Children;
using Parley.Application.Humanitarian.Exchanges;
using Parley.Application.Humanitarian.Import;
using Parley.Application.Humanitarian.Keys;
using Parley.Application.Humanitarian.Linking;
using Parley.Application.Humanitarian.Protection;
using Parley.Application.Humanitarian.Review;
using Parley.Application.Log;
using Parley.Application.Talks;
using Parley.Application.Talks.Seed;
using Parley.Application.Users;

namespace Parley.Application.Humanitarian.Registry;

public enum CorrectionStatus
{
    Ok,
    NotFound,
    Invalid,
    Conflict,
}

/// <summary>The outcome of correcting or erasing a sealed record: its commitment and version after, or why not.</summary>
public sealed record CorrectionResult(CorrectionStatus Status, string Message, string? Commitment = null, int Version = 0)
{
    public static CorrectionResult NotFound(Guid id) => new(CorrectionStatus.NotFound, $"No record {id} that you may change.");

    public static CorrectionResult Invalid(string message) => new(CorrectionStatus.Invalid, message);

    public static CorrectionResult Conflict(string message, int version) => new(CorrectionStatus.Conflict, message, null, version);
}
