namespace Parley.Lists;

/// <summary>A problem found in a list: where (line and column) and why.</summary>
/// <param name="Line">1-based line of the file (the row's first line); 0 for the file as a whole.</param>
/// <param name="Column">The column's header name, or <see langword="null"/> when the whole row or file is at fault.</param>
/// <param name="Reason">A sentence a person can act on.</param>
/// <param name="Severity">Whether it blocks the import.</param>
public sealed record ListIssue(long Line, string? Column, string Reason, IssueSeverity Severity = IssueSeverity.Error)
{
    /// <inheritdoc />
    public override string ToString() =>
        (Line > 0 ? $"line {Line}" : "file") + (Column is null ? "" : $", column {Column}") + $": {Reason}"
        + (Severity == IssueSeverity.Warning ? " (warning)" : "");
}
