using Parley.Analysis.Model;
using Parley.Domain.Talks;
using Party = Parley.Analysis.Model.Party;

namespace Parley.Application.Analysis;

/// <summary>
/// The negotiation instance of the talks as one viewer may analyse it: the matrix's issues and options, and the
/// profiles the viewer may read. <see cref="Instance"/> is null unless at least two parties' profiles are readable.
/// </summary>
public sealed record TalksInstance(
    IReadOnlyList<TalksIssue> Issues,
    NegotiationInstance? Instance,
    IReadOnlyList<string> Included,
    IReadOnlyList<string> NotShared,
    IReadOnlyList<string> Gaps)
{
    /// <summary>Builds the instance. A profile's missing weight or option value (an issue or position recorded after it was saved) counts as 0 and is named in <see cref="Gaps"/>.</summary>
    public static TalksInstance Build(IReadOnlyList<TalksIssue> issues, IReadOnlyList<AnalysisProfile> profiles, IReadOnlyList<string> parties, Func<string, string> name)
    {
        ArgumentNullException.ThrowIfNull(issues);
        ArgumentNullException.ThrowIfNull(profiles);
        ArgumentNullException.ThrowIfNull(parties);
        ArgumentNullException.ThrowIfNull(name);
        var byParty = profiles.ToDictionary(p => p.Party, StringComparer.Ordinal);
        var included = parties.Where(byParty.ContainsKey).ToList();
        var notShared = parties.Where(p => !byParty.ContainsKey(p)).ToList();
        var gaps = new List<string>();
        var analysed = included.Select(code => ToParty(name(code), byParty[code], issues, gaps)).ToList();
        var instance = included.Count >= 2 && issues.Count > 0
            ? new NegotiationInstance([.. issues.Select(i => new Issue(i.Label, [.. i.Options.Select(o => o.Label)]))], analysed)
            : null;
        return new TalksInstance(issues, instance, included, notShared, gaps);
    }

    private static Party ToParty(string partyName, AnalysisProfile profile, IReadOnlyList<TalksIssue> issues, List<string> gaps)
    {
        var weights = new double[issues.Count];
        var values = new IReadOnlyList<double>[issues.Count];
        for (var i = 0; i < issues.Count; i++)
        {
            var stated = profile.Issues.FirstOrDefault(p => p.Issue == issues[i].Issue);
            if (stated is null)
            {
                gaps.Add($"{partyName} gave no weight to {issues[i].Label}; counted as 0.");
            }
            weights[i] = stated?.Weight ?? 0;
            var row = new double[issues[i].Options.Count];
            for (var k = 0; k < row.Length; k++)
            {
                var option = stated?.Options.FirstOrDefault(o => o.Position == issues[i].Options[k].Position);
                if (stated is not null && option is null)
                {
                    gaps.Add($"{partyName} gave no value to \"{issues[i].Options[k].Label}\" on {issues[i].Label}; counted as 0.");
                }
                row[k] = option?.Value ?? 0;
            }
            values[i] = row;
        }
        return new Party(partyName, weights, values, profile.Reservation);
    }
}
