using Parley.Domain.Talks;
using Parley.Application.Analysis;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>The editable form of a party's profile: one weight per issue, one value per option, the reservation, sharing.</summary>
internal sealed class ProfileDraft
{
    public List<IssueDraft> Issues { get; } = [];

    public double Reservation { get; set; } = 0.5;

    public bool SharedWithMediators { get; set; }

    public int Version { get; set; }

    /// <summary>
    /// The stored profile over the current issues and options. Without one (or for what it lacks), each issue weighs 1
    /// and an option is worth more the closer it lies to the party's own stance on the issue's axis — a starting point
    /// the party then corrects, never saved without the party pressing Save.
    /// </summary>
    public static ProfileDraft For(string party, IReadOnlyList<TalksIssue> issues, AnalysisProfile? stored)
    {
        var draft = new ProfileDraft();
        if (stored is not null)
        {
            draft.Reservation = stored.Reservation;
            draft.SharedWithMediators = stored.SharedWithMediators;
            draft.Version = stored.Version;
        }
        foreach (var issue in issues)
        {
            var saved = stored?.Issues.FirstOrDefault(i => i.Issue == issue.Issue);
            var own = issue.Options.Where(o => o.Party == party).OrderByDescending(o => o.StatedOn).FirstOrDefault()?.Stance;
            var item = new IssueDraft(issue.Issue, issue.Label) { Weight = saved?.Weight ?? 1 };
            foreach (var option in issue.Options)
            {
                var value = saved?.Options.FirstOrDefault(o => o.Position == option.Position)?.Value
                    ?? (own is { } stance ? 1 - Math.Abs(option.Stance - stance) / 4.0 : 0.5);
                item.Options.Add(new OptionDraft(option.Position, option.Label) { Value = value });
            }
            draft.Issues.Add(item);
        }
        return draft;
    }

    public ProfileInput ToInput() => new(
        [.. Issues.Select(i => new ProfileIssue(i.Issue, i.Weight, [.. i.Options.Select(o => new ProfileOption(o.Position, o.Value))]))],
        Reservation,
        SharedWithMediators,
        Version);
}
