namespace Parley.Lists;

/// <summary>Whether an issue stops the import.</summary>
public enum IssueSeverity
{
    /// <summary>The file cannot be imported until this is fixed.</summary>
    Error,

    /// <summary>The row is kept; the issue is reported (a value starting like a formula, such as <c>+380…</c>, neutralised on export).</summary>
    Warning,
}
