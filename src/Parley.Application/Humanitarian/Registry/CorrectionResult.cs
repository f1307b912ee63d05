
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
