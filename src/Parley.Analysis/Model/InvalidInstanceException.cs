namespace Parley.Analysis.Model;

/// <summary>
/// Bad input: names the party, the issue and the field at fault (any may be null when it does not apply) and
/// the reason.
/// </summary>
public sealed class InvalidInstanceException : Exception
{
    public InvalidInstanceException(string? party, string? issue, string field, string reason)
        : base(Describe(party, issue, field, reason))
    {
        Party = party;
        Issue = issue;
        Field = field;
        Reason = reason;
    }

    public string? Party { get; }

    public string? Issue { get; }

    public string Field { get; }

    public string Reason { get; }

    private static string Describe(string? party, string? issue, string field, string reason)
    {
        var where = new List<string>(3);
        if (party is not null)
        {
            where.Add($"party '{party}'");
        }

        if (issue is not null)
        {
            where.Add($"issue '{issue}'");
        }

        where.Add($"field '{field}'");
        return $"{string.Join(", ", where)}: {reason}";
    }
}
