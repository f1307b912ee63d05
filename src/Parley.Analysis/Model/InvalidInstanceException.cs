namespace Parley.Analysis.Model;

/// <summary>
/// Bad input: names the party, the issue and the field at fault (any may be null when it does not apply) and
/// the reason.
/// </summary>
public sealed class InvalidInstanceException : Exception
{
    /// <summary>Bad input at <paramref name="field"/> of <paramref name="issue"/> for <paramref name="party"/>, for <paramref name="reason"/>.</summary>
    public InvalidInstanceException(string? party, string? issue, string field, string reason)
        : base(Describe(party, issue, field, reason))
    {
        Party = party;
        Issue = issue;
        Field = field;
        Reason = reason;
    }

    /// <summary>The party at fault, or null when the fault is not one party's.</summary>
    public string? Party { get; }

    /// <summary>The issue at fault, or null when the fault is not one issue's.</summary>
    public string? Issue { get; }

    /// <summary>The field at fault, as the input names it.</summary>
    public string Field { get; }

    /// <summary>Why the input was refused.</summary>
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
