using System.Globalization;

namespace Parley.Text.Format;

/// <summary>Why a plain-text (or imported) negotiating text was refused, and where.</summary>
/// <param name="Line">The line, from 1.</param>
/// <param name="Column">The column (UTF-16 character), from 1.</param>
/// <param name="Reason">What is wrong, in words a drafter understands.</param>
public sealed record TextParseError(int Line, int Column, string Reason)
{
    /// <summary><c>line 3, column 17: reason</c>.</summary>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"line {Line}, column {Column}: {Reason}");
}

/// <summary>The outcome of reading a text: the text, or the errors that refused it (never both).</summary>
/// <param name="Text">The text, when <see cref="Errors"/> is empty.</param>
/// <param name="Errors">Every problem found, in file order.</param>
public sealed record TextParseResult(NegotiatingText? Text, IReadOnlyList<TextParseError> Errors)
{
    /// <summary>True when the text was read.</summary>
    public bool Succeeded => Text is not null && Errors.Count == 0;

    /// <summary>The text, or a <see cref="TextFormatException"/> carrying the errors.</summary>
    public NegotiatingText GetValueOrThrow() => Succeeded ? Text! : throw new TextFormatException(Errors);
}

/// <summary>Thrown by callers that prefer an exception to a <see cref="TextParseResult"/>.</summary>
public sealed class TextFormatException : Exception
{
    /// <summary>Carries the errors; the message lists the first few.</summary>
    public TextFormatException(IReadOnlyList<TextParseError> errors)
        : base(string.Join("; ", (errors ?? []).Take(5)))
        => Errors = errors ?? [];

    /// <summary>The errors, in file order.</summary>
    public IReadOnlyList<TextParseError> Errors { get; }
}
