using Parley.Text.Format;

namespace Parley.Application.Text;

/// <summary>How a use case on a negotiating text ended.</summary>
public enum TextStatus
{
    /// <summary>Done.</summary>
    Ok,

    /// <summary>The input was refused; see the errors. Nothing was stored.</summary>
    Invalid,

    /// <summary>No such text or version, or the viewer may not see it.</summary>
    NotFound,

    /// <summary>The viewer may see the text but not change it.</summary>
    Forbidden,

    /// <summary>Someone stored a newer version first; nothing was overwritten.</summary>
    Conflict,
}

/// <summary>One outcome type for every text use case, mapped to exit codes and problem details in one place each.</summary>
/// <typeparam name="T">The value on success.</typeparam>
/// <param name="Status">How it ended.</param>
/// <param name="Value">The value when <see cref="TextStatus.Ok"/>.</param>
/// <param name="Errors">Line, column and reason for <see cref="TextStatus.Invalid"/>.</param>
/// <param name="Message">A sentence for the other statuses.</param>
public sealed record TextOutcome<T>(TextStatus Status, T? Value, IReadOnlyList<TextParseError> Errors, string? Message)
{
    internal static TextOutcome<T> Ok(T value) => new(TextStatus.Ok, value, [], null);

    internal static TextOutcome<T> Invalid(IReadOnlyList<TextParseError> errors) => new(TextStatus.Invalid, default, errors, null);

    internal static TextOutcome<T> Invalid(string reason) => new(TextStatus.Invalid, default, [new TextParseError(1, 1, reason)], null);

    internal static TextOutcome<T> NotFound(string message) => new(TextStatus.NotFound, default, [], message);

    internal static TextOutcome<T> Forbidden(string message) => new(TextStatus.Forbidden, default, [], message);

    internal static TextOutcome<T> Conflict(string message) => new(TextStatus.Conflict, default, [], message);
}
