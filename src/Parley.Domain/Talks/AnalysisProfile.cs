using System.Globalization;
using Parley.Domain.Access;
using Parley.Domain.Records;
using Parley.Domain.Validation;

namespace Parley.Domain.Talks;

/// <summary>
/// One party's negotiation-analysis profile: how much each issue weighs for it, what each recorded position is worth to
/// it, and its reservation value (the utility of no agreement). Always the party's own party-private record; the party
/// may share it with the mediators (<see cref="SharedWithMediators"/>), never with another party.
/// </summary>
public sealed class AnalysisProfile : TalkRecord
{
    public string Party { get; set; } = "";

    public List<ProfileIssue> Issues { get; set; } = [];

    public double Reservation { get; set; }

    /// <summary>The mediators may read the profile (and analyse with it); the other parties still may not.</summary>
    public bool SharedWithMediators { get; set; }

    public override RecordKind Kind => RecordKind.AnalysisProfile;

    protected override void ValidateContent(ValidationErrors errors)
    {
        if (Visibility != Visibility.PartyPrivate || !string.Equals(OwnerParty, Party, StringComparison.OrdinalIgnoreCase))
        {
            errors.Add(nameof(Visibility), $"party {Party}: an analysis profile is its own party's party-private record.");
        }
        if (Issues.Count == 0)
        {
            errors.Add(nameof(Issues), $"party {Party}: at least one issue is required.");
        }
        if (!double.IsFinite(Reservation) || Reservation is < 0 or > 1)
        {
            errors.Add(nameof(Reservation), $"party {Party}, field reservation: {Number(Reservation)} is outside [0, 1].");
        }
        var seen = new HashSet<NegotiationIssue>();
        for (var i = 0; i < Issues.Count; i++)
        {
            ValidateIssue(i, Issues[i], seen, errors);
        }
        if (Issues.Count > 0 && Issues.All(i => i.Weight == 0))
        {
            errors.Add(nameof(Issues), $"party {Party}, field weight: all weights are zero; give at least one issue a weight above 0.");
        }
    }

    private void ValidateIssue(int index, ProfileIssue issue, HashSet<NegotiationIssue> seen, ValidationErrors errors)
    {
        var field = $"{nameof(Issues)}[{index}]";
        var name = Enum.IsDefined(issue.Issue) ? IssueAxis.For(issue.Issue).Label : issue.Issue.ToString();
        if (!Enum.IsDefined(issue.Issue))
        {
            errors.Add($"{field}.Issue", $"party {Party}: '{issue.Issue}' is not a known issue.");
        }
        else if (!seen.Add(issue.Issue))
        {
            errors.Add($"{field}.Issue", $"party {Party}, issue {name}: given twice.");
        }
        if (!double.IsFinite(issue.Weight) || issue.Weight < 0)
        {
            errors.Add($"{field}.Weight", $"party {Party}, issue {name}, field weight: {Number(issue.Weight)} is negative or not a number; weights must be 0 or more.");
        }
        for (var k = 0; k < issue.Options.Count; k++)
        {
            var value = issue.Options[k].Value;
            if (!double.IsFinite(value) || value is < 0 or > 1)
            {
                errors.Add($"{field}.Options[{k}].Value", $"party {Party}, issue {name}, field value of option {k + 1}: {Number(value)} is outside [0, 1].");
            }
        }
        if (issue.Options.Select(o => o.Position).Distinct().Count() != issue.Options.Count)
        {
            errors.Add($"{field}.Options", $"party {Party}, issue {name}: an option is given twice.");
        }
    }

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    protected override void ResolveContentParties(PartyResolver parties, ValidationErrors errors) =>
        Party = parties.Resolve(nameof(Party), Party, errors);

    // A profile is a party's private working material: it goes into the verifiable log (as a commitment) but puts
    // nothing on the timeline.
    public override IEnumerable<TimelinePoint> Timeline() => [];
}
