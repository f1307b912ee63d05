namespace Parley.Domain.Talks;

/// <summary>Names a clause of a negotiating text by the text's id and the clause's number ("2.1") as the text numbers it.</summary>
public sealed record ClauseRef(Guid Text, string Number)
{
    /// <summary>"article.clause", both from 1: what the text pages and the API accept as a clause number.</summary>
    public bool IsWellFormed =>
        Number.Split('.') is [var article, var clause] && IsNumber(article) && IsNumber(clause);

    private static bool IsNumber(string part) => part.Length is > 0 and <= 3 && part.All(char.IsAsciiDigit) && part[0] != '0';
}
