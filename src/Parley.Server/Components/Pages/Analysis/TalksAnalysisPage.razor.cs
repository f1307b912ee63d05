using Microsoft.AspNetCore.Components;
using Parley.Analysis;
using Parley.Analysis.Model;
using Parley.Application.Analysis;

namespace Parley.Server.Components.Pages.Analysis;

/// <summary>
/// The mediators' analysis of the talks: the recorded positions as options, and the profiles the parties chose to
/// share. A party that has not shared is named and left out; fewer than two shared profiles give no analysis.
/// </summary>
public partial class TalksAnalysisPage
{
    private TalksInstance? _talks;
    private NegotiationAnalysis? _analysis;
    private string? _error;

    [Inject] private IServiceScopeFactory Scopes { get; set; } = default!;

    protected override async Task LoadAsync()
    {
        // A circuit lives long and a DbContext should not: one scope for the load.
        await using var scope = Scopes.CreateAsyncScope();
        _talks = await scope.ServiceProvider.GetRequiredService<TalksAnalysis>().InstanceAsync(Viewer);
        if (_talks.Instance is null)
        {
            return;
        }
        try
        {
            _analysis = NegotiationAnalysis.Create(_talks.Instance);
        }
        catch (InvalidInstanceException ex)
        {
            _error = ex.Message;
        }
    }
}
