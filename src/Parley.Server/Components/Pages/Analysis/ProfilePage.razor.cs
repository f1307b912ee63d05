using Microsoft.AspNetCore.Components;
using Parley.Application.Analysis;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>
/// A delegation sets its own party's analysis profile: weights, option values over the recorded positions, its
/// reservation value, and whether the mediators may read it. Saved through the record writer as a party-private record.
/// </summary>
public partial class ProfilePage
{
    private ProfileDraft? _draft;
    private string? _saved;
    private IReadOnlyList<string> _errors = [];

    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    protected override async Task LoadAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var analysis = scope.ServiceProvider.GetRequiredService<TalksAnalysis>();
        var issues = await analysis.IssuesAsync(Viewer);
        _draft = ProfileDraft.For(Viewer.Party ?? "", issues, await analysis.OwnAsync(Viewer));
    }

    private double Share(IssueDraft issue)
    {
        var sum = _draft!.Issues.Sum(i => i.Weight);
        return sum > 0 ? issue.Weight / sum : 0;
    }

    private static void Set(ChangeEventArgs e, Action<double> set)
    {
        if (AnalysisFormat.TryParse(e.Value, out var value))
        {
            set(value);
        }
    }

    private async Task SaveAsync()
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<TalksAnalysis>().SaveAsync(Viewer, _draft!.ToInput());
        if (result.Refusal is not { } refusal)
        {
            var profile = result.Value;
            _draft.Version = profile.Version;
            _errors = [];
            _saved = profile.SharedWithMediators
                ? T["Analysis.SavedShared", profile.Version]
                : T["Analysis.SavedPrivate", profile.Version, profile.Party];
            return;
        }
        _saved = null;
        _errors = refusal.Errors.Count > 0 ? [.. refusal.Errors.SelectMany(e => e.Value)] : [refusal.Message];
    }
}
