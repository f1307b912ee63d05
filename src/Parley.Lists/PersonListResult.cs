namespace Parley.Lists;

/// <summary>A whole list read at once: its valid records and every issue found.</summary>
/// <param name="Records">The rows that passed validation, in file order.</param>
/// <param name="Issues">Errors and warnings in file order, at most <see cref="PersonListReadOptions.MaxIssues"/>.</param>
/// <param name="ErrorCount">All errors found, including those past the kept issues.</param>
/// <param name="Format">What the file turned out to be, or <see langword="null"/> when it could not be read at all.</param>
public sealed record PersonListResult(
    IReadOnlyList<PersonRecord> Records,
    IReadOnlyList<ListIssue> Issues,
    long ErrorCount,
    PersonListFormat? Format)
{
    /// <summary>Whether the list may be imported: no errors (warnings allowed). An import is all or nothing.</summary>
    public bool IsValid => ErrorCount == 0;

    /// <summary>The kept errors.</summary>
    public IEnumerable<ListIssue> Errors => Issues.Where(i => i.Severity == IssueSeverity.Error);
}
