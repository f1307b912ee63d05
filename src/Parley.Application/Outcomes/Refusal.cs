namespace Parley.Application.Outcomes;

/// <summary>Why a use case refused; nothing was stored.</summary>
/// <param name="Message">A sentence for the person who asked.</param>
public sealed record Refusal(OutcomeStatus Status, string Message)
{
    /// <summary>For <see cref="OutcomeStatus.Invalid"/>: each field (or "line L, column C") with its reasons.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; init; } = new Dictionary<string, string[]>();

    /// <summary>For an edit conflict: the version now stored, or null when the thing was deleted.</summary>
    public int? CurrentVersion { get; init; }

    /// <summary>A short, stable name for a refusal a caller may act on (e.g. "already-linked"); null for most.</summary>
    public string? Code { get; init; }
}
