using Parley.Application.Outcomes;
using Parley.Domain.Access;
using Parley.Domain.Talks;
using Parley.Domain.Validation;
using Parley.Application.Talks;

namespace Parley.Application.Analysis;

/// <summary>
/// The talks' negotiation analysis for pages and the API: issues and options from the recorded positions, each party's
/// own profile (saved through the record writer, so it is audited and enters the verifiable log like any record), and
/// the instance built from the profiles the viewer may read.
/// </summary>
public sealed class TalksAnalysis(ITalksReader reader, AnalysisProfiles profiles, IRecordWriter writer, TimeProvider clock)
{
    public async Task<IReadOnlyList<TalksIssue>> IssuesAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        TalksIssue.From(await reader.ListAsync<Position>(viewer, cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));

    public Task<IReadOnlyList<AnalysisProfile>> ProfilesAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        profiles.ListAsync(viewer, cancellationToken);

    public Task<AnalysisProfile?> OwnAsync(Viewer viewer, CancellationToken cancellationToken = default) =>
        profiles.OwnAsync(viewer, cancellationToken);

    public async Task<TalksInstance> InstanceAsync(Viewer viewer, CancellationToken cancellationToken = default)
    {
        var issues = await IssuesAsync(viewer, cancellationToken);
        var readable = await profiles.ListAsync(viewer, cancellationToken);
        var parties = await reader.ListAsync<Party>(viewer, cancellationToken);
        var names = parties.ToDictionary(p => p.Code, p => p.Name, StringComparer.Ordinal);
        var belligerents = parties.Where(p => p.Roles.HasFlag(PartyRoles.Belligerent)).Select(p => p.Code)
            .Union(readable.Select(p => p.Party)).Order(StringComparer.Ordinal).ToList();
        return TalksInstance.Build(issues, readable, belligerents, code => names.GetValueOrDefault(code, code));
    }

    /// <summary>
    /// Saves the viewer's own party's profile (creating it on first save). The party, owner and visibility are the
    /// viewer's, whatever was sent; options must be positions recorded on their issue.
    /// </summary>
    public async Task<Outcome<AnalysisProfile>> SaveAsync(Viewer viewer, ProfileInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(input);
        if (viewer.Role != ParleyRole.Delegation || viewer.Party is null)
        {
            return Outcome.Forbidden("Only a delegation member sets an analysis profile, and only their own party's.");
        }
        var unknown = UnknownOptions(viewer.Party, input, await IssuesAsync(viewer, cancellationToken));
        if (!unknown.IsEmpty)
        {
            return Outcome.Invalid(unknown.ToDictionary());
        }
        var profile = new AnalysisProfile
        {
            Party = viewer.Party,
            OwnerParty = viewer.Party,
            Visibility = Visibility.PartyPrivate,
            Issues = [.. input.Issues],
            Reservation = input.Reservation,
            SharedWithMediators = input.SharedWithMediators,
            Version = input.Version,
        };
        var own = await profiles.OwnAsync(viewer, cancellationToken);
        return own is null
            ? await writer.CreateAsync(viewer, profile, cancellationToken)
            : await writer.UpdateAsync(viewer, own.Id, profile, cancellationToken);
    }

    private static ValidationErrors UnknownOptions(string party, ProfileInput input, IReadOnlyList<TalksIssue> issues)
    {
        var errors = new ValidationErrors();
        var known = issues.ToDictionary(i => i.Issue, i => i.Options.Select(o => o.Position).ToHashSet());
        for (var i = 0; i < input.Issues.Count; i++)
        {
            var issue = input.Issues[i];
            if (!known.TryGetValue(issue.Issue, out var positions))
            {
                errors.Add($"Issues[{i}].Issue", $"party {party}, issue {issue.Issue}: no position is recorded on this issue, so it has no options.");
                continue;
            }
            for (var k = 0; k < issue.Options.Count; k++)
            {
                if (!positions.Contains(issue.Options[k].Position))
                {
                    errors.Add($"Issues[{i}].Options[{k}].Position", $"party {party}, issue {IssueAxis.For(issue.Issue).Label}, field option {k + 1}: {issue.Options[k].Position} is not a position recorded on this issue.");
                }
            }
        }
        return errors;
    }
}
