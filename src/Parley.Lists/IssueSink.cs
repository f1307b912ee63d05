namespace Parley.Lists;

/// <summary>Collects issues up to a cap and counts all of them.</summary>
internal sealed class IssueSink(int maxIssues)
{
    private readonly List<ListIssue> _issues = [];

    public IReadOnlyList<ListIssue> Issues => _issues;

    public long ErrorCount { get; private set; }

    public long WarningCount { get; private set; }

    public void Error(long line, string? column, string reason) => Add(new ListIssue(line, column, reason));

    public void Warning(long line, string? column, string reason) =>
        Add(new ListIssue(line, column, reason, IssueSeverity.Warning));

    public void Add(ListIssue issue)
    {
        if (issue.Severity == IssueSeverity.Error)
        {
            ErrorCount++;
        }
        else
        {
            WarningCount++;
        }

        if (_issues.Count < maxIssues)
        {
            _issues.Add(issue);
        }
    }
}
