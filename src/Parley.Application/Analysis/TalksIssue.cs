using Parley.Domain.Talks;

namespace Parley.Application.Analysis;

/// <summary>An issue of the position matrix with its options (the positions stated on it), ordered along its axis.</summary>
public sealed record TalksIssue(NegotiationIssue Issue, string Label, IReadOnlyList<TalksOption> Options)
{
    /// <summary>
    /// The issues and options of the talks. Options are the positions every party and the mediators can read (public
    /// or shared), so all of them value the same list; a party's drafts never become options. Issues on which nothing
    /// was stated are left out.
    /// </summary>
    public static IReadOnlyList<TalksIssue> From(IEnumerable<Position> positions, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var stated = positions
            .Where(p => p.Visibility is Domain.Access.Visibility.Public or Domain.Access.Visibility.Shared && p.StatedOn <= asOf)
            .ToLookup(p => p.Issue);
        return [.. IssueAxis.All
            .Where(axis => stated[axis.Issue].Any())
            .Select(axis => new TalksIssue(axis.Issue, axis.Label, [.. stated[axis.Issue]
                .OrderBy(p => p.Stance).ThenBy(p => p.StatedOn).ThenBy(p => p.Party, StringComparer.Ordinal).ThenBy(p => p.Id)
                .Select(p => new TalksOption(p.Id, p.Party, p.Stance, p.StatedOn, p.Summary))]))];
    }
}
