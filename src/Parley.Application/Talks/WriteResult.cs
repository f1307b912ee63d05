using Parley.Domain.Records;

namespace Parley.Application.Talks;

/// <summary>
/// What became of a change. On <see cref="WriteStatus.Ok"/>, <see cref="Record"/> is the stored record with its
/// new version; on <see cref="WriteStatus.Conflict"/>, <see cref="CurrentVersion"/> is the version now stored.
/// </summary>
public sealed record WriteResult<T>(
    WriteStatus Status,
    T? Record = null,
    IDictionary<string, string[]>? Errors = null,
    int? CurrentVersion = null,
    string? Message = null)
    where T : TalkRecord
{
    public bool Succeeded => Status == WriteStatus.Ok;

    public static WriteResult<T> Ok(T record) => new(WriteStatus.Ok, record);

    public static WriteResult<T> Invalid(IDictionary<string, string[]> errors) =>
        new(WriteStatus.Invalid, Errors: errors, Message: "The change was refused: " + string.Join("; ", errors.Select(e => $"{e.Key} {string.Join(" ", e.Value)}")));

    public static WriteResult<T> Conflict(int? currentVersion) =>
        new(WriteStatus.Conflict, CurrentVersion: currentVersion, Message: currentVersion is null
            ? "The record was deleted by someone else."
            : $"The record was changed by someone else: it is now at version {currentVersion}. Reload it and apply your change again.");

    public static WriteResult<T> Forbidden(string message) => new(WriteStatus.Forbidden, Message: message);

    public static WriteResult<T> NotFound() => new(WriteStatus.NotFound, Message: "No such record.");
}
